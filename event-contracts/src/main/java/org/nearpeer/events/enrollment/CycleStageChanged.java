package org.nearpeer.events.enrollment;

import org.nearpeer.events.NearpeerEvent;
import org.nearpeer.events.vocabulary.CycleStage;

/** A cycle moved to its next stage (e.g. OPEN: students may apply; CLOSED: no more changes). */
public record CycleStageChanged(CycleStage from, CycleStage to) implements NearpeerEvent {
}
