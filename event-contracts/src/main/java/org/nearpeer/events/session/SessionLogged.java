package org.nearpeer.events.session;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.nearpeer.events.NearpeerEvent;
import org.nearpeer.events.vocabulary.ParticipantRole;
import org.nearpeer.events.vocabulary.SessionActivity;
import org.nearpeer.events.vocabulary.SessionLocation;
import org.nearpeer.events.vocabulary.SessionMethod;

/** A partner logged a meeting (no private note, no free text). */
public record SessionLogged(UUID sessionId, UUID pairId, LocalDate date, int minutes, SessionMethod method, SessionLocation location,
        Set<SessionActivity> activities, ParticipantRole loggedBy) implements NearpeerEvent {
}
