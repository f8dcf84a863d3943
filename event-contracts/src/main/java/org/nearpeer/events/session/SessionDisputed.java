package org.nearpeer.events.session;

import java.util.UUID;

import org.nearpeer.events.NearpeerEvent;

/** The other partner disputed a logged meeting (the reason stays in the session service). */
public record SessionDisputed(UUID sessionId, UUID pairId) implements NearpeerEvent {
}
