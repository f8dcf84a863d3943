package org.nearpeer.matching.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.nearpeer.backbone.outbox.OutboxWriter;
import org.nearpeer.events.matching.MatchRunCompleted;
import org.nearpeer.events.matching.PairConfirmed;
import org.nearpeer.events.matching.PairDissolved;
import org.nearpeer.events.matching.PairProposed;
import org.nearpeer.matching.domain.MatchPair;
import org.nearpeer.matching.domain.MatchRun;
import org.nearpeer.matching.domain.MatchingEvents;

/** Writes matching facts to the outbox, in the caller's transaction. */
@ApplicationScoped
class OutboxMatchingEvents implements MatchingEvents {

    private final OutboxWriter outbox;

    OutboxMatchingEvents(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    @Override
    public void runCompleted(MatchRun run, int unmatchedMentees, int unmatchedMentors) {
        var report = run.report();
        outbox.append(run.schoolId(), run.cycleId(), "match-run", run.id(),
                new MatchRunCompleted(run.id(), report.proposals().size(), unmatchedMentees, unmatchedMentors, report.totalScore()));
    }

    @Override
    public void pairProposed(MatchPair pair) {
        outbox.append(pair.schoolId(), pair.cycleId(), "pair", pair.id(),
                new PairProposed(pair.id(), pair.runId(), pair.menteeId(), pair.mentorId(), pair.score() == null ? 0 : pair.score()));
    }

    @Override
    public void pairConfirmed(MatchPair pair) {
        outbox.append(pair.schoolId(), pair.cycleId(), "pair", pair.id(), new PairConfirmed(pair.id(), pair.menteeId(), pair.mentorId(), pair.origin()));
    }

    @Override
    public void pairDissolved(MatchPair pair) {
        outbox.append(pair.schoolId(), pair.cycleId(), "pair", pair.id(), new PairDissolved(pair.id(), pair.reason()));
    }
}
