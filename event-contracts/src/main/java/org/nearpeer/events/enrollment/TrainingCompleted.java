package org.nearpeer.events.enrollment;

import java.util.UUID;

import org.nearpeer.events.NearpeerEvent;
import org.nearpeer.events.vocabulary.TrainingTrack;

/** A participant attended pre-education (recorded by a coordinator). */
public record TrainingCompleted(UUID trainingSessionId, String participantId, TrainingTrack track, int minutes)
        implements NearpeerEvent {
}
