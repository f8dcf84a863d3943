package org.nearpeer.events.survey;

import java.util.List;
import java.util.UUID;

import org.nearpeer.events.NearpeerEvent;

/** A coordinator reminded the invited participants who have not answered yet. */
public record RespondentsReminded(UUID campaignId, List<String> participantIds) implements NearpeerEvent {
}
