package org.nearpeer.events.enrollment;

import java.util.UUID;

import org.nearpeer.events.NearpeerEvent;

/** Two students named each other and the pair passes the rules: matching fixes it first. */
public record PartnerRequestConfirmed(UUID menteeApplicationId, String menteeId, UUID mentorApplicationId, String mentorId)
        implements NearpeerEvent {
}
