package org.nearpeer.analytics.application;

import jakarta.enterprise.context.ApplicationScoped;

import org.nearpeer.analytics.domain.ApprovedHours;
import org.nearpeer.analytics.domain.Campaign;
import org.nearpeer.analytics.domain.LoggedSession;
import org.nearpeer.analytics.domain.PairRecord;
import org.nearpeer.analytics.domain.Participant;
import org.nearpeer.analytics.domain.ProgramRepository;
import org.nearpeer.analytics.domain.SchoolSetting;
import org.nearpeer.events.EventEnvelope;
import org.nearpeer.events.enrollment.ApplicationSubmitted;
import org.nearpeer.events.enrollment.ApplicationUpdated;
import org.nearpeer.events.enrollment.ApplicationWithdrawn;
import org.nearpeer.events.enrollment.SchoolRegistered;
import org.nearpeer.events.matching.PairConfirmed;
import org.nearpeer.events.matching.PairDissolved;
import org.nearpeer.events.session.HoursApproved;
import org.nearpeer.events.session.SessionConfirmed;
import org.nearpeer.events.session.SessionDisputed;
import org.nearpeer.events.session.SessionLogged;
import org.nearpeer.events.survey.CampaignOpened;

/**
 * Keeps the facts of the program tables from enrollment, matching, session and survey events, in
 * the consumer's dedupe transaction. Every handler is an upsert keyed by the fact's id, so a
 * replay (rebuild) lands on the same rows. Facts that refer to something not seen yet (a
 * confirmation before its log) are parked by the backbone — within one topic and cycle the order
 * holds, so that only happens across topics.
 */
@ApplicationScoped
public class ProgramFactsProjection {

    private final ProgramRepository facts;

    public ProgramFactsProjection(ProgramRepository facts) {
        this.facts = facts;
    }

    public void onSchoolRegistered(EventEnvelope<SchoolRegistered> event) {
        facts.save(new SchoolSetting(event.schoolId(), event.data().name(), event.data().suppressionThreshold()));
    }

    public void onApplicationSubmitted(EventEnvelope<ApplicationSubmitted> event) {
        var d = event.data();
        describe(event, d.applicationId(), d.participantId(), d.role(), d.yearLevel(), d.gender());
    }

    public void onApplicationUpdated(EventEnvelope<ApplicationUpdated> event) {
        var d = event.data();
        describe(event, d.applicationId(), d.participantId(), d.role(), d.yearLevel(), d.gender());
    }

    public void onApplicationWithdrawn(EventEnvelope<ApplicationWithdrawn> event) {
        var d = event.data();
        // An unseen application (its submission expired from the topic) still counts as withdrawn.
        describe(event, d.applicationId(), d.participantId(), d.role(), null, null).withdraw();
    }

    public void onCampaignOpened(EventEnvelope<CampaignOpened> event) {
        var d = event.data();
        if (facts.find(Campaign.class, d.campaignId()).isEmpty()) {
            facts.persist(new Campaign(d.campaignId(), event.schoolId(), event.cycleId(), d.invitedMentees(), d.invitedMentors()));
        }
    }

    public void onPairConfirmed(EventEnvelope<PairConfirmed> event) {
        var d = event.data();
        if (facts.find(PairRecord.class, d.pairId()).isEmpty()) {
            facts.persist(new PairRecord(d.pairId(), event.schoolId(), event.cycleId(), d.mentorId(), d.menteeId(), d.origin()));
        }
    }

    public void onPairDissolved(EventEnvelope<PairDissolved> event) {
        facts.find(PairRecord.class, event.data().pairId()).orElseThrow(
                () -> new org.nearpeer.backbone.inbox.PrerequisiteMissingException("pair " + event.data().pairId() + " not confirmed yet"))
                .dissolve();
    }

    public void onSessionLogged(EventEnvelope<SessionLogged> event) {
        var d = event.data();
        if (facts.find(LoggedSession.class, d.sessionId()).isEmpty()) {
            facts.persist(new LoggedSession(d.sessionId(), event.schoolId(), event.cycleId(), d.pairId(), d.date(), d.minutes(), d.method(),
                    d.location(), d.activities()));
        }
    }

    public void onSessionConfirmed(EventEnvelope<SessionConfirmed> event) {
        loggedSession(event.data().sessionId()).confirm(event.data().minutes());
    }

    public void onSessionDisputed(EventEnvelope<SessionDisputed> event) {
        loggedSession(event.data().sessionId()).dispute();
    }

    public void onHoursApproved(EventEnvelope<HoursApproved> event) {
        var d = event.data();
        ApprovedHours hours = facts.find(ApprovedHours.class, new ApprovedHours.Key(event.cycleId(), d.mentorId())).orElseGet(() -> {
            ApprovedHours created = new ApprovedHours(event.schoolId(), event.cycleId(), d.mentorId());
            facts.persist(created);
            return created;
        });
        hours.approve(d.minutes(), d.sessions(), event.time());
    }

    /** The application's current state; a null year level keeps the known one. */
    private Participant describe(EventEnvelope<?> event, java.util.UUID applicationId, String participantId,
            org.nearpeer.events.vocabulary.ParticipantRole role, String yearLevel, org.nearpeer.events.vocabulary.Gender gender) {
        var existing = facts.find(Participant.class, applicationId);
        if (existing.isPresent()) {
            existing.get().describe(participantId, role, yearLevel, gender, event.time());
            return existing.get();
        }
        Participant created = new Participant(applicationId, event.schoolId(), event.cycleId(), participantId, role,
                yearLevel == null ? "UNKNOWN" : yearLevel, gender, yearLevel == null ? java.time.Instant.EPOCH : event.time());
        facts.persist(created);
        return created;
    }

    private LoggedSession loggedSession(java.util.UUID sessionId) {
        return facts.find(LoggedSession.class, sessionId).orElseThrow(
                () -> new org.nearpeer.backbone.inbox.PrerequisiteMissingException("session " + sessionId + " not logged yet"));
    }
}
