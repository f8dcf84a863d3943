package org.nearpeer.events.vocabulary;

public enum TimeOfDay {
    MORNING, AFTERNOON, EVENING
}
