package org.nearpeer.events.enrollment;

import java.util.UUID;

import org.nearpeer.events.NearpeerEvent;
import org.nearpeer.events.vocabulary.ParticipantRole;

/** A student withdrew their application; they leave the candidate pool. */
public record ApplicationWithdrawn(UUID applicationId, String participantId, ParticipantRole role) implements NearpeerEvent {
}
