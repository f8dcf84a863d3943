package org.nearpeer.events.survey;

import java.util.List;
import java.util.UUID;

import org.nearpeer.events.NearpeerEvent;
import org.nearpeer.events.vocabulary.ParticipantRole;

/** A participant edited their answers before the campaign closed: these replace the earlier revision's. */
public record ResponseRevised(UUID responseId, UUID campaignId, UUID instrumentId, String participantId, ParticipantRole role,
        String yearLevel, int revision, List<Answer> answers) implements NearpeerEvent {
}
