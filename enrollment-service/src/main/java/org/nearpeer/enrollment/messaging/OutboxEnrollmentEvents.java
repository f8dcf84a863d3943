package org.nearpeer.enrollment.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.nearpeer.backbone.outbox.OutboxWriter;
import java.util.List;

import org.nearpeer.enrollment.domain.Application;
import org.nearpeer.enrollment.domain.EnrollmentEvents;
import org.nearpeer.enrollment.domain.ProgramCycle;
import org.nearpeer.enrollment.domain.School;
import org.nearpeer.events.enrollment.ApplicationSubmitted;
import org.nearpeer.events.enrollment.ApplicationUpdated;
import org.nearpeer.events.enrollment.ApplicationWithdrawn;
import org.nearpeer.events.enrollment.ConsentGiven;
import org.nearpeer.events.enrollment.ConsentWithdrawn;
import org.nearpeer.events.enrollment.CycleConfigured;
import org.nearpeer.events.enrollment.CycleCreated;
import org.nearpeer.events.enrollment.CycleStageChanged;
import org.nearpeer.events.enrollment.PartnerRequestConfirmed;
import org.nearpeer.events.enrollment.TrainingCompleted;
import org.nearpeer.enrollment.domain.TrainingSession;
import org.nearpeer.events.vocabulary.ConsentKind;
import org.nearpeer.events.vocabulary.CycleStage;
import org.nearpeer.events.vocabulary.ParticipantRole;
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

    @Override
    public void cycleConfigured(ProgramCycle cycle, List<String> yearLevels, List<String> campuses) {
        var schedule = cycle.schedule();
        var rules = cycle.rules();
        outbox.append(cycle.schoolId(), cycle.id(), "cycle", cycle.id(), new CycleConfigured(schedule.applicationOpensOn(),
                schedule.applicationClosesOn(), schedule.matchingOn(), schedule.sessionsStartOn(), schedule.sessionsEndOn(),
                schedule.surveyOpensOn(), schedule.surveyClosesOn(), yearLevels, campuses, rules.eligibleMenteeYears(),
                rules.mentorYearGapMin(), rules.mentorYearGapMax(), rules.mentorCapacity(), rules.trainingRequired(),
                rules.sameCampusRequired()));
    }

    @Override
    public void cycleStageChanged(ProgramCycle cycle, CycleStage from) {
        outbox.append(cycle.schoolId(), cycle.id(), "cycle", cycle.id(), new CycleStageChanged(from, cycle.status()));
    }

    @Override
    public void applicationSubmitted(Application a) {
        var d = a.details();
        outbox.append(a.schoolId(), a.cycleId(), "application", a.id(), new ApplicationSubmitted(a.id(), a.participantId(), d.role(),
                d.yearLevel(), d.campus(), d.gender(), d.helpAreas(), d.purposes(), d.meetingMethods(), d.availability(), a.studyProfile(),
                d.preferredPartnerGender(), d.researchConsent()));
    }

    @Override
    public void applicationUpdated(Application a) {
        var d = a.details();
        outbox.append(a.schoolId(), a.cycleId(), "application", a.id(), new ApplicationUpdated(a.id(), a.participantId(), d.role(),
                d.yearLevel(), d.campus(), d.gender(), d.helpAreas(), d.purposes(), d.meetingMethods(), d.availability(), a.studyProfile(),
                d.preferredPartnerGender(), d.researchConsent()));
    }

    @Override
    public void applicationWithdrawn(Application a) {
        outbox.append(a.schoolId(), a.cycleId(), "application", a.id(), new ApplicationWithdrawn(a.id(), a.participantId(), a.role()));
    }

    @Override
    public void consentChanged(Application a, ConsentKind kind, boolean given) {
        outbox.append(a.schoolId(), a.cycleId(), "application", a.id(),
                given ? new ConsentGiven(a.participantId(), kind) : new ConsentWithdrawn(a.participantId(), kind));
    }

    @Override
    public void partnersConfirmed(Application mentee, Application mentor) {
        if (mentee.role() != ParticipantRole.MENTEE || mentor.role() != ParticipantRole.MENTOR) {
            throw new IllegalArgumentException("mentee and mentor swapped");
        }
        outbox.append(mentee.schoolId(), mentee.cycleId(), "application", mentee.id(),
                new PartnerRequestConfirmed(mentee.id(), mentee.participantId(), mentor.id(), mentor.participantId()));
    }

    @Override
    public void trainingCompleted(TrainingSession session, String participantId) {
        outbox.append(session.schoolId(), session.cycleId(), "training-session", session.id(),
                new TrainingCompleted(session.id(), participantId, session.track(), session.minutes()));
    }
}
