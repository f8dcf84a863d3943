package org.nearpeer.enrollment.domain;

public enum ApplicationStatus {
    SUBMITTED, WITHDRAWN
}
