package org.nearpeer.events.survey;

import java.util.UUID;

import org.nearpeer.events.NearpeerEvent;

public record CampaignClosed(UUID campaignId, int invitedMentees, int invitedMentors, int respondedMentees, int respondedMentors)
        implements NearpeerEvent {
}
