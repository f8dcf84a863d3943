package org.nearpeer.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
import org.nearpeer.events.survey.CampaignClosed;
import org.nearpeer.events.survey.CampaignOpened;
import org.nearpeer.events.survey.InstrumentPublished;
import org.nearpeer.events.survey.RespondentsReminded;
import org.nearpeer.events.survey.ResponseErased;
import org.nearpeer.events.survey.ResponseRevised;
import org.nearpeer.events.survey.ResponseSubmitted;

/**
 * Every event type Nearpeer publishes. A producer can only publish a registered type, and a
 * consumer resolves an incoming {@code ce_type} here. Adding a type is an additive change.
 */
public final class EventCatalog {

    public static final EventType<CycleCreated> CYCLE_CREATED =
            new EventType<>("nearpeer.enrollment.CycleCreated", 1, Topic.ENROLLMENT, CycleCreated.class);

    public static final EventType<SchoolRegistered> SCHOOL_REGISTERED =
            new EventType<>("nearpeer.enrollment.SchoolRegistered", 1, Topic.ENROLLMENT, SchoolRegistered.class);

    public static final EventType<CycleConfigured> CYCLE_CONFIGURED =
            new EventType<>("nearpeer.enrollment.CycleConfigured", 1, Topic.ENROLLMENT, CycleConfigured.class);
    public static final EventType<CycleStageChanged> CYCLE_STAGE_CHANGED =
            new EventType<>("nearpeer.enrollment.CycleStageChanged", 1, Topic.ENROLLMENT, CycleStageChanged.class);
    public static final EventType<ApplicationSubmitted> APPLICATION_SUBMITTED =
            new EventType<>("nearpeer.enrollment.ApplicationSubmitted", 1, Topic.ENROLLMENT, ApplicationSubmitted.class);
    public static final EventType<ApplicationUpdated> APPLICATION_UPDATED =
            new EventType<>("nearpeer.enrollment.ApplicationUpdated", 1, Topic.ENROLLMENT, ApplicationUpdated.class);
    public static final EventType<ApplicationWithdrawn> APPLICATION_WITHDRAWN =
            new EventType<>("nearpeer.enrollment.ApplicationWithdrawn", 1, Topic.ENROLLMENT, ApplicationWithdrawn.class);
    public static final EventType<ConsentGiven> CONSENT_GIVEN =
            new EventType<>("nearpeer.enrollment.ConsentGiven", 1, Topic.ENROLLMENT, ConsentGiven.class);
    public static final EventType<ConsentWithdrawn> CONSENT_WITHDRAWN =
            new EventType<>("nearpeer.enrollment.ConsentWithdrawn", 1, Topic.ENROLLMENT, ConsentWithdrawn.class);
    public static final EventType<PartnerRequestConfirmed> PARTNER_REQUEST_CONFIRMED =
            new EventType<>("nearpeer.enrollment.PartnerRequestConfirmed", 1, Topic.ENROLLMENT, PartnerRequestConfirmed.class);
    public static final EventType<TrainingCompleted> TRAINING_COMPLETED =
            new EventType<>("nearpeer.enrollment.TrainingCompleted", 1, Topic.ENROLLMENT, TrainingCompleted.class);

    public static final EventType<InstrumentPublished> INSTRUMENT_PUBLISHED =
            new EventType<>("nearpeer.survey.InstrumentPublished", 1, Topic.SURVEY, InstrumentPublished.class);
    public static final EventType<CampaignOpened> CAMPAIGN_OPENED =
            new EventType<>("nearpeer.survey.CampaignOpened", 1, Topic.SURVEY, CampaignOpened.class);
    public static final EventType<CampaignClosed> CAMPAIGN_CLOSED =
            new EventType<>("nearpeer.survey.CampaignClosed", 1, Topic.SURVEY, CampaignClosed.class);
    public static final EventType<ResponseSubmitted> RESPONSE_SUBMITTED =
            new EventType<>("nearpeer.survey.ResponseSubmitted", 1, Topic.SURVEY, ResponseSubmitted.class);
    public static final EventType<ResponseRevised> RESPONSE_REVISED =
            new EventType<>("nearpeer.survey.ResponseRevised", 1, Topic.SURVEY, ResponseRevised.class);
    public static final EventType<ResponseErased> RESPONSE_ERASED =
            new EventType<>("nearpeer.survey.ResponseErased", 1, Topic.SURVEY, ResponseErased.class);
    public static final EventType<RespondentsReminded> RESPONDENTS_REMINDED =
            new EventType<>("nearpeer.survey.RespondentsReminded", 1, Topic.SURVEY, RespondentsReminded.class);

    public static final EventType<PairConfirmed> PAIR_CONFIRMED =
            new EventType<>("nearpeer.matching.PairConfirmed", 1, Topic.MATCHING, PairConfirmed.class);
    public static final EventType<PairDissolved> PAIR_DISSOLVED =
            new EventType<>("nearpeer.matching.PairDissolved", 1, Topic.MATCHING, PairDissolved.class);
    public static final EventType<AgreementSigned> AGREEMENT_SIGNED =
            new EventType<>("nearpeer.session.AgreementSigned", 1, Topic.SESSION, AgreementSigned.class);
    public static final EventType<SessionLogged> SESSION_LOGGED =
            new EventType<>("nearpeer.session.SessionLogged", 1, Topic.SESSION, SessionLogged.class);
    public static final EventType<SessionConfirmed> SESSION_CONFIRMED =
            new EventType<>("nearpeer.session.SessionConfirmed", 1, Topic.SESSION, SessionConfirmed.class);
    public static final EventType<SessionDisputed> SESSION_DISPUTED =
            new EventType<>("nearpeer.session.SessionDisputed", 1, Topic.SESSION, SessionDisputed.class);
    public static final EventType<HoursApproved> HOURS_APPROVED =
            new EventType<>("nearpeer.session.HoursApproved", 1, Topic.SESSION, HoursApproved.class);
    public static final EventType<PairInactive> PAIR_INACTIVE =
            new EventType<>("nearpeer.session.PairInactive", 1, Topic.SESSION, PairInactive.class);

    public static final EventType<ExamReviewDue> EXAM_REVIEW_DUE =
            new EventType<>("nearpeer.session.ExamReviewDue", 1, Topic.SESSION, ExamReviewDue.class);

    public static final EventType<MatchRunCompleted> MATCH_RUN_COMPLETED =
            new EventType<>("nearpeer.matching.MatchRunCompleted", 1, Topic.MATCHING, MatchRunCompleted.class);
    public static final EventType<PairProposed> PAIR_PROPOSED =
            new EventType<>("nearpeer.matching.PairProposed", 1, Topic.MATCHING, PairProposed.class);

    private static final Map<String, EventType<?>> BY_CLOUD_EVENT_TYPE = index(List.of(
            CYCLE_CREATED,
            SCHOOL_REGISTERED,
            CYCLE_CONFIGURED,
            CYCLE_STAGE_CHANGED,
            APPLICATION_SUBMITTED,
            APPLICATION_UPDATED,
            APPLICATION_WITHDRAWN,
            CONSENT_GIVEN,
            CONSENT_WITHDRAWN,
            PARTNER_REQUEST_CONFIRMED,
            TRAINING_COMPLETED,
            INSTRUMENT_PUBLISHED,
            CAMPAIGN_OPENED,
            CAMPAIGN_CLOSED,
            RESPONSE_SUBMITTED,
            RESPONSE_REVISED,
            RESPONSE_ERASED,
            RESPONDENTS_REMINDED,
            PAIR_CONFIRMED,
            PAIR_DISSOLVED,
            AGREEMENT_SIGNED,
            SESSION_LOGGED,
            SESSION_CONFIRMED,
            SESSION_DISPUTED,
            HOURS_APPROVED,
            PAIR_INACTIVE,
            EXAM_REVIEW_DUE,
            MATCH_RUN_COMPLETED,
            PAIR_PROPOSED));

    private static final Map<Class<?>, EventType<?>> BY_PAYLOAD = new LinkedHashMap<>();

    static {
        BY_CLOUD_EVENT_TYPE.values().forEach(type -> BY_PAYLOAD.put(type.payloadType(), type));
    }

    private EventCatalog() {
    }

    public static List<EventType<?>> all() {
        return List.copyOf(BY_CLOUD_EVENT_TYPE.values());
    }

    public static Optional<EventType<?>> byCloudEventType(String cloudEventType) {
        return Optional.ofNullable(BY_CLOUD_EVENT_TYPE.get(cloudEventType));
    }

    @SuppressWarnings("unchecked")
    public static <T extends NearpeerEvent> EventType<T> forPayload(T payload) {
        EventType<?> type = BY_PAYLOAD.get(payload.getClass());
        if (type == null) {
            throw new IllegalArgumentException("unregistered event payload: " + payload.getClass().getName());
        }
        return (EventType<T>) type;
    }

    private static Map<String, EventType<?>> index(List<EventType<?>> types) {
        Map<String, EventType<?>> byType = new LinkedHashMap<>();
        for (EventType<?> type : types) {
            if (byType.put(type.cloudEventType(), type) != null) {
                throw new IllegalStateException("duplicate event type " + type.cloudEventType());
            }
        }
        return byType;
    }
}
