package org.nearpeer.events;

import java.time.LocalDate;
import java.util.Map;

import org.nearpeer.events.enrollment.CycleCreated;

/** One representative payload per registered event type; the golden files are their JSON. */
final class EventSamples {

    static final Map<EventType<?>, NearpeerEvent> BY_TYPE = Map.of(
            EventCatalog.CYCLE_CREATED,
            new CycleCreated("2026-fall", "Near-peer mentoring, fall 2026", LocalDate.of(2026, 8, 24), LocalDate.of(2026, 9, 11)));

    private EventSamples() {
    }
}
