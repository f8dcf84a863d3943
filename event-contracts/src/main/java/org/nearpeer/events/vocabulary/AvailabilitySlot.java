package org.nearpeer.events.vocabulary;

import java.time.DayOfWeek;

/** A weekly slot in which a student can meet, e.g. Tuesday evening. */
public record AvailabilitySlot(DayOfWeek day, TimeOfDay time) {
}
