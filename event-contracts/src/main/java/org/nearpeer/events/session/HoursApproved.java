package org.nearpeer.events.session;

import org.nearpeer.events.NearpeerEvent;

/** A coordinator approved a mentor's confirmed volunteer time for the cycle. */
public record HoursApproved(String mentorId, int minutes, int sessions) implements NearpeerEvent {
}
