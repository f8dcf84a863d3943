package org.nearpeer.events.survey;

import java.time.Instant;
import java.util.UUID;

import org.nearpeer.events.NearpeerEvent;

/** An evaluation campaign opened for a cycle; the invited participants were fixed at this moment. */
public record CampaignOpened(UUID campaignId, UUID instrumentId, Instant closesAt, int invitedMentees, int invitedMentors)
        implements NearpeerEvent {
}
