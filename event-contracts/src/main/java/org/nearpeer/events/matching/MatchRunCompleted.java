package org.nearpeer.events.matching;

import java.util.UUID;

import org.nearpeer.events.NearpeerEvent;

/** A coordinator ran matching for a cycle (not a dry run): how many proposals and who stays unmatched. */
public record MatchRunCompleted(UUID runId, int proposedPairs, int unmatchedMentees, int unmatchedMentors, long totalScore)
        implements NearpeerEvent {
}
