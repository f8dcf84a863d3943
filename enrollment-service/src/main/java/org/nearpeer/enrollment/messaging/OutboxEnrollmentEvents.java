package org.nearpeer.enrollment.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.nearpeer.backbone.outbox.OutboxWriter;
import org.nearpeer.enrollment.domain.EnrollmentEvents;
import org.nearpeer.enrollment.domain.ProgramCycle;
import org.nearpeer.enrollment.domain.School;
import org.nearpeer.events.enrollment.CycleCreated;
import org.nearpeer.events.enrollment.SchoolRegistered;

/** Writes enrollment facts to the outbox, in the caller's transaction. */
@ApplicationScoped
class OutboxEnrollmentEvents implements EnrollmentEvents {

    private final OutboxWriter outbox;

    OutboxEnrollmentEvents(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    @Override
    public void cycleCreated(ProgramCycle cycle) {
        outbox.append(cycle.schoolId(), cycle.id(), "cycle", cycle.id(),
                new CycleCreated(cycle.semester(), cycle.title(), cycle.applicationOpensOn(), cycle.applicationClosesOn()));
    }

    @Override
    public void schoolRegistered(School school) {
        outbox.append(school.id(), null, "school", school.id(), new SchoolRegistered(school.name(), school.campuses(),
                school.yearLevels(), school.locale(), school.timeZone(), school.suppressionThreshold()));
    }
}
