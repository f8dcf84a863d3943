package org.nearpeer.session.application;

import jakarta.enterprise.context.ApplicationScoped;

import org.nearpeer.events.EventEnvelope;
import org.nearpeer.events.enrollment.CycleConfigured;
import org.nearpeer.events.enrollment.CycleStageChanged;
import org.nearpeer.events.enrollment.TrainingCompleted;
import org.nearpeer.events.matching.PairConfirmed;
import org.nearpeer.events.matching.PairDissolved;
import org.nearpeer.events.vocabulary.CycleStage;
import org.nearpeer.session.domain.CycleFactsRepository;
import org.nearpeer.session.domain.MentoringPair;
import org.nearpeer.session.domain.MentoringPairRepository;

/** Keeps session's own read model of pairs, cycles and trainings; runs in the consumer's dedupe transaction. */
@ApplicationScoped
public class PairDirectory {

    private final MentoringPairRepository pairs;
    private final CycleFactsRepository cycles;

    public PairDirectory(MentoringPairRepository pairs, CycleFactsRepository cycles) {
        this.pairs = pairs;
        this.cycles = cycles;
    }

    public void onPairConfirmed(EventEnvelope<PairConfirmed> event) {
        var data = event.data();
        if (pairs.findByIdOptional(data.pairId()).isEmpty()) {
            pairs.persist(MentoringPair.confirmed(data.pairId(), event.schoolId(), event.cycleId(), data.menteeId(), data.mentorId(),
                    data.origin(), event.time()));
        }
    }

    public void onPairDissolved(EventEnvelope<PairDissolved> event) {
        pairs.findByIdOptional(event.data().pairId()).ifPresent(pair -> pair.dissolve(event.data().reason()));
    }

    public void onCycleConfigured(EventEnvelope<CycleConfigured> event) {
        var data = event.data();
        cycles.cycle(event.cycleId(), event.schoolId()).configured(data.trainingRequired(), data.sessionsStartOn(), data.sessionsEndOn());
    }

    public void onStageChanged(EventEnvelope<CycleStageChanged> event) {
        if (event.data().to() == CycleStage.CLOSED) {
            cycles.cycle(event.cycleId(), event.schoolId()).close();
        }
    }

    public void onTrainingCompleted(EventEnvelope<TrainingCompleted> event) {
        cycles.trained(event.cycleId(), event.data().participantId(), event.schoolId());
    }
}
