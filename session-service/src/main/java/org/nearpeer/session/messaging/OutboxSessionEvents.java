package org.nearpeer.session.messaging;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.nearpeer.backbone.outbox.OutboxWriter;
import org.nearpeer.events.session.AgreementSigned;
import org.nearpeer.events.session.ExamReviewDue;
import org.nearpeer.events.session.HoursApproved;
import org.nearpeer.events.session.PairInactive;
import org.nearpeer.events.session.SessionConfirmed;
import org.nearpeer.events.session.SessionDisputed;
import org.nearpeer.events.session.SessionLogged;
import org.nearpeer.session.domain.Agreement;
import org.nearpeer.session.domain.MentoringPair;
import org.nearpeer.session.domain.MentoringSession;
import org.nearpeer.session.domain.SessionEvents;

/** Writes session facts to the outbox, in the caller's transaction; never a private note or free text. */
@ApplicationScoped
class OutboxSessionEvents implements SessionEvents {

    private final OutboxWriter outbox;

    OutboxSessionEvents(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    @Override
    public void agreementSigned(MentoringPair pair, Agreement agreement) {
        var terms = agreement.terms();
        outbox.append(pair.schoolId(), pair.cycleId(), "pair", pair.id(), new AgreementSigned(pair.id(), agreement.version(),
                terms.helpAreas(), terms.frequency(), terms.methods(), terms.usualPlaces()));
    }

    @Override
    public void sessionLogged(MentoringPair pair, MentoringSession s) {
        outbox.append(pair.schoolId(), pair.cycleId(), "session", s.id(), new SessionLogged(s.id(), pair.id(), s.date(), s.minutes(),
                s.method(), s.location(), s.activities(), pair.roleOf(s.authorId())));
    }

    @Override
    public void sessionConfirmed(MentoringPair pair, MentoringSession s) {
        outbox.append(pair.schoolId(), pair.cycleId(), "session", s.id(), new SessionConfirmed(s.id(), pair.id(), pair.mentorId(), s.minutes()));
    }

    @Override
    public void sessionDisputed(MentoringPair pair, MentoringSession s) {
        outbox.append(pair.schoolId(), pair.cycleId(), "session", s.id(), new SessionDisputed(s.id(), pair.id()));
    }

    @Override
    public void hoursApproved(String schoolId, UUID cycleId, String mentorId, int minutes, int sessions) {
        outbox.append(schoolId, cycleId, "volunteer-hours", mentorId, new HoursApproved(mentorId, minutes, sessions));
    }

    @Override
    public void pairInactive(MentoringPair pair, int days) {
        outbox.append(pair.schoolId(), pair.cycleId(), "pair", pair.id(), new PairInactive(pair.id(), days));
    }

    @Override
    public void examReviewDue(String schoolId, UUID cycleId, UUID examId, java.time.LocalDate examOn) {
        outbox.append(schoolId, cycleId, "exam", examId, new ExamReviewDue(examId, examOn));
    }
}
