package org.nearpeer.session.domain;

/** The facts the session service publishes; implemented by the messaging layer through the outbox. */
public interface SessionEvents {

    void agreementSigned(MentoringPair pair, Agreement agreement);

    void sessionLogged(MentoringPair pair, MentoringSession session);

    void sessionConfirmed(MentoringPair pair, MentoringSession session);

    void sessionDisputed(MentoringPair pair, MentoringSession session);

    void hoursApproved(String schoolId, java.util.UUID cycleId, String mentorId, int minutes, int sessions);

    void pairInactive(MentoringPair pair, int days);

    void examReviewDue(String schoolId, java.util.UUID cycleId, java.util.UUID examId, java.time.LocalDate examOn);
}
