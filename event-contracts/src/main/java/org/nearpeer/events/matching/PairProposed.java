package org.nearpeer.events.matching;

import java.util.UUID;

import org.nearpeer.events.NearpeerEvent;

/** A matching run proposed a pair, awaiting the coordinator's approval. */
public record PairProposed(UUID pairId, UUID runId, String menteeId, String mentorId, int score) implements NearpeerEvent {
}
