package org.nearpeer.events.matching;

import java.util.UUID;

import org.nearpeer.events.NearpeerEvent;

/** A pair was undone (a withdrawal, or a coordinator's decision), with the reason. */
public record PairDissolved(UUID pairId, String reason) implements NearpeerEvent {
}
