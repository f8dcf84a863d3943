package org.nearpeer.events.vocabulary;

public enum MeetingFrequency {
    WEEKLY, EVERY_TWO_WEEKS, MONTHLY, AS_NEEDED
}
