package org.nearpeer.enrollment.api;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.nearpeer.enrollment.application.TrainingService;
import org.nearpeer.events.vocabulary.TrainingTrack;

@Schema(name = "TrainingSession")
public record TrainingSessionResponse(UUID id, UUID cycleId, TrainingTrack track, Instant startsAt, int minutes, String place,
        int capacity, @Schema(description = "Places taken") long registered) {

    static TrainingSessionResponse of(TrainingService.SessionView view) {
        var s = view.session();
        return new TrainingSessionResponse(s.id(), s.cycleId(), s.track(), s.startsAt(), s.minutes(), s.place(), s.capacity(), view.registered());
    }
}
