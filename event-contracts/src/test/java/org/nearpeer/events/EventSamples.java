package org.nearpeer.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.nearpeer.events.enrollment.CycleCreated;
import org.nearpeer.events.enrollment.SchoolRegistered;

/** One representative payload per registered event type; the golden files are their JSON. */
final class EventSamples {

    static final Map<EventType<?>, NearpeerEvent> BY_TYPE = Map.of(
            EventCatalog.CYCLE_CREATED,
            new CycleCreated("2026-fall", "Near-peer mentoring, fall 2026", LocalDate.of(2026, 8, 24), LocalDate.of(2026, 9, 11)),
            EventCatalog.SCHOOL_REGISTERED,
            new SchoolRegistered("North Valley College of Medicine", List.of("premedical campus", "medical campus"),
                    List.of("PY1", "PY2", "Y1", "Y2", "Y3", "Y4"), "en", "Asia/Seoul", 10));

    private EventSamples() {
    }
}
