package org.nearpeer.events.enrollment;

import org.nearpeer.events.NearpeerEvent;
import org.nearpeer.events.vocabulary.ConsentKind;

public record ConsentGiven(String participantId, ConsentKind kind) implements NearpeerEvent {
}
