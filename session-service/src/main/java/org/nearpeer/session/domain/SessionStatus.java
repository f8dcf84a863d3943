package org.nearpeer.session.domain;

public enum SessionStatus {
    LOGGED, CONFIRMED, DISPUTED
}
