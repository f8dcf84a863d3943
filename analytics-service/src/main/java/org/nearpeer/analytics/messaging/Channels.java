package org.nearpeer.analytics.messaging;

/** Incoming channel names (configured in application.properties); tests reuse them. */
public final class Channels {
    public static final String ENROLLMENT_EVENTS = "enrollment-events";
    public static final String MATCHING_EVENTS = "matching-events";
    public static final String SESSION_EVENTS = "session-events";
    public static final String SURVEY_EVENTS = "survey-events";

    private Channels() {
    }
}
