package org.nearpeer.events.enrollment;

import org.nearpeer.events.NearpeerEvent;
import org.nearpeer.events.vocabulary.ConsentKind;

/** Withdrawn research consent: downstream services erase the participant's research data. */
public record ConsentWithdrawn(String participantId, ConsentKind kind) implements NearpeerEvent {
}
