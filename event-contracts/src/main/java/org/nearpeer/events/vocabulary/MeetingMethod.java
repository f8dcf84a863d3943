package org.nearpeer.events.vocabulary;

/** How a pair meets. */
public enum MeetingMethod {
    FACE_TO_FACE, TEXT, VIDEO
}
