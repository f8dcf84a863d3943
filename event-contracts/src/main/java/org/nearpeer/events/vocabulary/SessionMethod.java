package org.nearpeer.events.vocabulary;

public enum SessionMethod {
    FACE_TO_FACE, TEXT_MESSENGER, VIDEO
}
