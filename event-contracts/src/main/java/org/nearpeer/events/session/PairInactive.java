package org.nearpeer.events.session;

import java.util.UUID;

import org.nearpeer.events.NearpeerEvent;

/** A pair has not met for a while: a nudge for the coordinator (announced once per quiet spell). */
public record PairInactive(UUID pairId, int daysWithoutSession) implements NearpeerEvent {
}
