package org.nearpeer.enrollment.domain;

/** The facts enrollment publishes; implemented by the messaging layer through the outbox. */
public interface EnrollmentEvents {

    void cycleCreated(ProgramCycle cycle);

    void schoolRegistered(School school);
}
