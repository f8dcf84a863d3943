package org.nearpeer.events.survey;

import java.util.List;
import java.util.UUID;

import org.nearpeer.events.NearpeerEvent;
import org.nearpeer.events.vocabulary.ParticipantRole;

/** A participant answered the evaluation (revision 1). Only for participants who consent to research use. */
public record ResponseSubmitted(UUID responseId, UUID campaignId, UUID instrumentId, String participantId, ParticipantRole role,
        String yearLevel, int revision, List<Answer> answers) implements NearpeerEvent {
}
