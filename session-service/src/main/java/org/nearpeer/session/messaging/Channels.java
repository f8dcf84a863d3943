package org.nearpeer.session.messaging;

/** Incoming channel names (configured in application.properties); tests reuse them. */
public final class Channels {
    public static final String MATCHING_EVENTS = "matching-events";
    public static final String ENROLLMENT_EVENTS = "enrollment-events";

    private Channels() {
    }
}
