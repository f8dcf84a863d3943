package org.nearpeer.enrollment.domain;

/** The facts enrollment publishes; implemented by the messaging layer through the outbox. */
public interface EnrollmentEvents {

    void cycleCreated(ProgramCycle cycle);

    void schoolRegistered(School school);

    void cycleConfigured(ProgramCycle cycle, java.util.List<String> yearLevels, java.util.List<String> campuses);

    void cycleStageChanged(ProgramCycle cycle, org.nearpeer.events.vocabulary.CycleStage from);

    void applicationSubmitted(Application application);

    void applicationUpdated(Application application);

    void applicationWithdrawn(Application application);

    void consentChanged(Application application, org.nearpeer.events.vocabulary.ConsentKind kind, boolean given);

    void partnersConfirmed(Application mentee, Application mentor);

    void trainingCompleted(TrainingSession session, String participantId);
}
