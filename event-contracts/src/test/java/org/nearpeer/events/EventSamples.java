package org.nearpeer.events;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.nearpeer.events.enrollment.ApplicationSubmitted;
import org.nearpeer.events.enrollment.ApplicationUpdated;
import org.nearpeer.events.enrollment.ApplicationWithdrawn;
import org.nearpeer.events.enrollment.ConsentGiven;
import org.nearpeer.events.enrollment.ConsentWithdrawn;
import org.nearpeer.events.enrollment.CycleConfigured;
import org.nearpeer.events.enrollment.CycleCreated;
import org.nearpeer.events.enrollment.CycleStageChanged;
import org.nearpeer.events.enrollment.PartnerRequestConfirmed;
import org.nearpeer.events.enrollment.SchoolRegistered;
import org.nearpeer.events.enrollment.TrainingCompleted;
import org.nearpeer.events.matching.MatchRunCompleted;
import org.nearpeer.events.matching.PairConfirmed;
import org.nearpeer.events.matching.PairProposed;
import org.nearpeer.events.matching.PairDissolved;
import org.nearpeer.events.session.AgreementSigned;
import org.nearpeer.events.session.ExamReviewDue;
import org.nearpeer.events.session.HoursApproved;
import org.nearpeer.events.session.PairInactive;
import org.nearpeer.events.session.SessionConfirmed;
import org.nearpeer.events.session.SessionDisputed;
import org.nearpeer.events.session.SessionLogged;
import org.nearpeer.events.survey.Answer;
import org.nearpeer.events.survey.CampaignClosed;
import org.nearpeer.events.survey.CampaignOpened;
import org.nearpeer.events.survey.ChoiceOption;
import org.nearpeer.events.survey.InstrumentPublished;
import org.nearpeer.events.survey.ItemDefinition;
import org.nearpeer.events.survey.RespondentsReminded;
import org.nearpeer.events.survey.ResponseErased;
import org.nearpeer.events.survey.ResponseRevised;
import org.nearpeer.events.survey.ResponseSubmitted;
import org.nearpeer.events.vocabulary.Audience;
import org.nearpeer.events.vocabulary.AvailabilitySlot;
import org.nearpeer.events.vocabulary.ItemType;
import org.nearpeer.events.vocabulary.MeetingFrequency;
import org.nearpeer.events.vocabulary.PairOrigin;
import org.nearpeer.events.vocabulary.SessionActivity;
import org.nearpeer.events.vocabulary.SessionLocation;
import org.nearpeer.events.vocabulary.SessionMethod;
import org.nearpeer.events.vocabulary.ConsentKind;
import org.nearpeer.events.vocabulary.CycleStage;
import org.nearpeer.events.vocabulary.Gender;
import org.nearpeer.events.vocabulary.HelpArea;
import org.nearpeer.events.vocabulary.MeetingMethod;
import org.nearpeer.events.vocabulary.ParticipantRole;
import org.nearpeer.events.vocabulary.ParticipationPurpose;
import org.nearpeer.events.vocabulary.StudyApproach;
import org.nearpeer.events.vocabulary.StudyProfile;
import org.nearpeer.events.vocabulary.StudyRhythm;
import org.nearpeer.events.vocabulary.TimeOfDay;
import org.nearpeer.events.vocabulary.TrainingTrack;

/** One representative payload per registered event type; the golden files are their JSON. */
final class EventSamples {

    private static final UUID APPLICATION = UUID.fromString("5b0c9f3e-2f4a-4d8e-9a61-0c7d2e4b1a90");
    private static final UUID MENTOR_APPLICATION = UUID.fromString("9d1e2c4b-7a3f-4e5d-8b6c-1f0a2b3c4d5e");
    private static final UUID INSTRUMENT = UUID.fromString("2c5e8f1a-4b7d-4e9f-a1c3-5d7f9b1e3a5c");
    private static final UUID CAMPAIGN = UUID.fromString("8a6c4e2f-1d3b-4f5a-9c7e-2b4d6f8a0c1e");
    private static final UUID RESPONSE = UUID.fromString("4d2f6b8e-3a5c-4e7a-8b9d-6f1a3c5e7b9d");
    private static final UUID RUN = UUID.fromString("7d9f1b3d-5f7b-4d9f-b1d3-f5b7d9f1b3d5");
    private static final UUID PAIR = UUID.fromString("6e8a0c2e-4f6b-4d8f-a0b2-c4e6a8c0e2f4");
    private static final UUID SESSION = UUID.fromString("1a3c5e7a-9c1e-4b3d-8f5a-7c9e1b3d5f7a");
    private static final String MENTEE = "0f8fad5b-d9cb-469f-a165-70867728950e";
    private static final String MENTOR = "7c9e6679-7425-40de-944b-e07fc1f90ae7";

    static final Map<EventType<?>, NearpeerEvent> BY_TYPE = Map.ofEntries(
            Map.entry(EventCatalog.CYCLE_CONFIGURED, new CycleConfigured(LocalDate.of(2026, 8, 24), LocalDate.of(2026, 9, 11),
                    LocalDate.of(2026, 9, 14), LocalDate.of(2026, 9, 21), LocalDate.of(2026, 12, 11), LocalDate.of(2026, 12, 14),
                    LocalDate.of(2026, 12, 31), List.of("PY1", "PY2", "Y1", "Y2", "Y3", "Y4"), List.of("premedical campus", "medical campus"),
                    List.of("PY2", "Y1", "Y2"), 0, 2, 1, true, false)),
            Map.entry(EventCatalog.CYCLE_STAGE_CHANGED, new CycleStageChanged(CycleStage.DRAFT, CycleStage.OPEN)),
            Map.entry(EventCatalog.APPLICATION_SUBMITTED, new ApplicationSubmitted(APPLICATION, MENTEE, ParticipantRole.MENTEE, "PY2",
                    "premedical campus", Gender.FEMALE, new java.util.TreeSet<>(Set.of(HelpArea.EXAM_REVIEW, HelpArea.TEST_TAKING_STRATEGY)),
                    new java.util.TreeSet<>(Set.of(ParticipationPurpose.ACADEMIC_HELP)), new java.util.TreeSet<>(Set.of(MeetingMethod.FACE_TO_FACE, MeetingMethod.TEXT)),
                    List.of(new AvailabilitySlot(DayOfWeek.TUESDAY, TimeOfDay.EVENING)), new StudyProfile(StudyRhythm.NIGHT_OWL, StudyApproach.LAST_MINUTE),
                    null, true)),
            Map.entry(EventCatalog.APPLICATION_UPDATED, new ApplicationUpdated(APPLICATION, MENTEE, ParticipantRole.MENTEE, "PY2",
                    "premedical campus", Gender.FEMALE, new java.util.TreeSet<>(Set.of(HelpArea.EXAM_REVIEW)),
                    new java.util.TreeSet<>(Set.of(ParticipationPurpose.ACADEMIC_HELP, ParticipationPurpose.RELATIONSHIPS)),
                    new java.util.TreeSet<>(Set.of(MeetingMethod.TEXT)), List.of(), new StudyProfile(StudyRhythm.FLEXIBLE, StudyApproach.GROUP_STUDY),
                    Gender.FEMALE, false)),
            Map.entry(EventCatalog.APPLICATION_WITHDRAWN, new ApplicationWithdrawn(APPLICATION, MENTEE, ParticipantRole.MENTEE)),
            Map.entry(EventCatalog.CONSENT_GIVEN, new ConsentGiven(MENTEE, ConsentKind.RESEARCH_USE)),
            Map.entry(EventCatalog.CONSENT_WITHDRAWN, new ConsentWithdrawn(MENTEE, ConsentKind.RESEARCH_USE)),
            Map.entry(EventCatalog.PARTNER_REQUEST_CONFIRMED, new PartnerRequestConfirmed(APPLICATION, MENTEE, MENTOR_APPLICATION, MENTOR)),
            Map.entry(EventCatalog.TRAINING_COMPLETED, new TrainingCompleted(UUID.fromString("3e1f5a7c-9b2d-4c6e-8f0a-1b3d5f7a9c2e"), MENTOR,
                    TrainingTrack.MENTOR, 120)),
            Map.entry(EventCatalog.PAIR_CONFIRMED, new PairConfirmed(PAIR, MENTEE, MENTOR, PairOrigin.SELF_CHOSEN)),
            Map.entry(EventCatalog.MATCH_RUN_COMPLETED, new MatchRunCompleted(RUN, 28, 2, 3, 2315)),
            Map.entry(EventCatalog.PAIR_PROPOSED, new PairProposed(PAIR, RUN, MENTEE, MENTOR, 82)),
            Map.entry(EventCatalog.PAIR_DISSOLVED, new PairDissolved(PAIR, "the mentee withdrew")),
            Map.entry(EventCatalog.AGREEMENT_SIGNED, new AgreementSigned(PAIR, 1, new java.util.TreeSet<>(Set.of(HelpArea.EXAM_REVIEW)),
                    MeetingFrequency.WEEKLY, new java.util.TreeSet<>(Set.of(SessionMethod.FACE_TO_FACE, SessionMethod.TEXT_MESSENGER)),
                    new java.util.TreeSet<>(Set.of(SessionLocation.LIBRARY)))),
            Map.entry(EventCatalog.SESSION_LOGGED, new SessionLogged(SESSION, PAIR, LocalDate.of(2026, 10, 6), 90, SessionMethod.FACE_TO_FACE,
                    SessionLocation.DORM_STUDY_ROOM, new java.util.TreeSet<>(Set.of(SessionActivity.EXAM_REVIEW_SESSION, SessionActivity.STUDY_PLAN)),
                    ParticipantRole.MENTOR)),
            Map.entry(EventCatalog.SESSION_CONFIRMED, new SessionConfirmed(SESSION, PAIR, MENTOR, 90)),
            Map.entry(EventCatalog.SESSION_DISPUTED, new SessionDisputed(SESSION, PAIR)),
            Map.entry(EventCatalog.HOURS_APPROVED, new HoursApproved(MENTOR, 540, 6)),
            Map.entry(EventCatalog.PAIR_INACTIVE, new PairInactive(PAIR, 21)),
            Map.entry(EventCatalog.EXAM_REVIEW_DUE, new ExamReviewDue(UUID.fromString("5c7e9a1c-3e5a-4c7e-9a1c-3e5a7c9e1a3c"), LocalDate.of(2026, 12, 14))),
            Map.entry(EventCatalog.INSTRUMENT_PUBLISHED, new InstrumentPublished(INSTRUMENT, "Program evaluation", 1, List.of(
                    new ItemDefinition("program_appropriate", ItemType.LIKERT, Audience.BOTH, "Was the program appropriate?", null, null,
                            List.of(), null, null, null, null, List.of("not at all", "low", "moderate", "high", "very high"), true),
                    new ItemDefinition("mentor_roles", ItemType.MULTIPLE_CHOICE, Audience.BOTH, "Which roles did the mentor play?",
                            "Which roles did your mentor play?", "Which roles did you play?",
                            List.of(new ChoiceOption("STUDY_ADVISOR", "study advisor"), new ChoiceOption("ROLE_MODEL", "role model")),
                            3, null, null, null, List.of(), false)))),
            Map.entry(EventCatalog.CAMPAIGN_OPENED, new CampaignOpened(CAMPAIGN, INSTRUMENT, Instant.parse("2026-12-31T14:59:59Z"), 36, 31)),
            Map.entry(EventCatalog.CAMPAIGN_CLOSED, new CampaignClosed(CAMPAIGN, 36, 31, 10, 9)),
            Map.entry(EventCatalog.RESPONSE_SUBMITTED, new ResponseSubmitted(RESPONSE, CAMPAIGN, INSTRUMENT, MENTEE, ParticipantRole.MENTEE,
                    "PY2", 1, List.of(new Answer("program_appropriate", 4, null, null, null, null),
                            new Answer("benefits", null, null, null, null, "My mentor showed me how to plan for exams.")))),
            Map.entry(EventCatalog.RESPONSE_REVISED, new ResponseRevised(RESPONSE, CAMPAIGN, INSTRUMENT, MENTEE, ParticipantRole.MENTEE,
                    "PY2", 2, List.of(new Answer("program_appropriate", 5, null, null, null, null),
                            new Answer("mentor_roles", null, null, List.of("STUDY_ADVISOR"), null, null)))),
            Map.entry(EventCatalog.RESPONSE_ERASED, new ResponseErased(RESPONSE, CAMPAIGN, MENTEE, "research consent withdrawn")),
            Map.entry(EventCatalog.RESPONDENTS_REMINDED, new RespondentsReminded(CAMPAIGN, List.of(MENTOR))),
            Map.entry(EventCatalog.CYCLE_CREATED, new CycleCreated("2026-fall", "Near-peer mentoring, fall 2026", LocalDate.of(2026, 8, 24), LocalDate.of(2026, 9, 11))),
            Map.entry(EventCatalog.SCHOOL_REGISTERED, new SchoolRegistered("North Valley College of Medicine", List.of("premedical campus", "medical campus"),
                    List.of("PY1", "PY2", "Y1", "Y2", "Y3", "Y4"), "en", "Asia/Seoul", 10)));

    private EventSamples() {
    }
}
