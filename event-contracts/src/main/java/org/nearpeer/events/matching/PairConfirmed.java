package org.nearpeer.events.matching;

import java.util.UUID;

import org.nearpeer.events.NearpeerEvent;
import org.nearpeer.events.vocabulary.PairOrigin;

/** A mentor and a mentee are a pair for the cycle (pseudonymous ids). */
public record PairConfirmed(UUID pairId, String menteeId, String mentorId, PairOrigin origin) implements NearpeerEvent {
}
