package org.nearpeer.events.survey;

import java.util.UUID;

import org.nearpeer.events.NearpeerEvent;

/** A response must disappear from research data (consent withdrawn): consumers remove what they derived from it. */
public record ResponseErased(UUID responseId, UUID campaignId, String participantId, String reason) implements NearpeerEvent {
}
