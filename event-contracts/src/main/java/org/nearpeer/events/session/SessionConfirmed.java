package org.nearpeer.events.session;

import java.util.UUID;

import org.nearpeer.events.NearpeerEvent;

/** The other partner confirmed a logged meeting; its minutes count as the mentor's volunteer time. */
public record SessionConfirmed(UUID sessionId, UUID pairId, String mentorId, int minutes) implements NearpeerEvent {
}
