package org.nearpeer.session.api;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.nearpeer.events.vocabulary.SessionActivity;
import org.nearpeer.events.vocabulary.SessionLocation;
import org.nearpeer.events.vocabulary.SessionMethod;
import org.nearpeer.session.domain.MentoringSession;
import org.nearpeer.session.domain.SessionStatus;

@Schema(name = "Session", description = "A logged meeting; the private note only for its author")
public record SessionResponse(UUID id, UUID pairId, LocalDate date, LocalTime startTime, int durationMinutes, SessionMethod method,
        SessionLocation location, Set<SessionActivity> activities, String loggedBy, SessionStatus status, String privateNote) {

    static SessionResponse of(MentoringSession s, String viewer) {
        return new SessionResponse(s.id(), s.pairId(), s.date(), s.startTime(), s.minutes(), s.method(), s.location(), s.activities(),
                s.authorId(), s.status(), s.authorId().equals(viewer) ? s.privateNote() : null);
    }
}
