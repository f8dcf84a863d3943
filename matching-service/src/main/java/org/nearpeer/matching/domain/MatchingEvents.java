package org.nearpeer.matching.domain;

/** The facts matching publishes; implemented by the messaging layer through the outbox. */
public interface MatchingEvents {

    void runCompleted(MatchRun run, int unmatchedMentees, int unmatchedMentors);

    void pairProposed(MatchPair pair);

    void pairConfirmed(MatchPair pair);

    void pairDissolved(MatchPair pair);
}
