package org.nearpeer.survey.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.nearpeer.events.survey.Answer;
import org.nearpeer.events.survey.ItemDefinition;
import org.nearpeer.events.vocabulary.ParticipantRole;
import org.nearpeer.http.paging.Page;
import org.nearpeer.http.paging.PageRequest;
import org.nearpeer.http.problem.ResourceNotFoundException;
import org.nearpeer.http.problem.RuleViolationException;
import org.nearpeer.survey.domain.AnswerSheet;
import org.nearpeer.survey.domain.Campaign;
import org.nearpeer.survey.domain.CampaignInvitee;
import org.nearpeer.survey.domain.CampaignRepository;
import org.nearpeer.survey.domain.Instrument;
import org.nearpeer.survey.domain.InstrumentRepository;
import org.nearpeer.survey.domain.InstrumentStatus;
import org.nearpeer.survey.domain.SurveyEvents;
import org.nearpeer.survey.domain.SurveyParticipant;
import org.nearpeer.survey.domain.SurveyParticipantRepository;
import org.nearpeer.survey.domain.SurveyResponse;

import com.fasterxml.jackson.databind.JsonNode;

/** Campaigns of a cycle: open (invite), answer, remind, close — with a live response rate. */
@ApplicationScoped
public class CampaignService {

    private final CampaignRepository campaigns;
    private final InstrumentRepository instruments;
    private final SurveyParticipantRepository participants;
    private final SurveyEvents events;
    private final Clock clock;

    public CampaignService(CampaignRepository campaigns, InstrumentRepository instruments, SurveyParticipantRepository participants,
            SurveyEvents events, Clock clock) {
        this.campaigns = campaigns;
        this.instruments = instruments;
        this.participants = participants;
        this.events = events;
        this.clock = clock;
    }

    /** Invited and responded per role; the rate is responded / invited (null when nobody was invited). */
    public record RoleRate(long invited, long responded, Double rate) {
        static RoleRate of(long invited, long responded) {
            return new RoleRate(invited, responded, invited == 0 ? null : (double) responded / invited);
        }
    }

    public record CampaignView(Campaign campaign, RoleRate mentees, RoleRate mentors, RoleRate overall) {
    }

    /** What one participant sees: the items for their role, with their role's wording. */
    public record Questionnaire(Campaign campaign, Instrument instrument, ParticipantRole role, List<ItemDefinition> items) {
    }

    @Transactional
    public CampaignView create(String schoolId, UUID cycleId, UUID instrumentId, Instant closesAt) {
        Instrument instrument = instruments.findInSchool(schoolId, instrumentId)
                .orElseThrow(() -> new ResourceNotFoundException("instrument", instrumentId));
        if (instrument.status() != InstrumentStatus.PUBLISHED) {
            throw new RuleViolationException("instrument-not-published", "Publish version " + instrument.version() + " of '"
                    + instrument.name() + "' before using it in a campaign.");
        }
        Campaign campaign = Campaign.draft(schoolId, cycleId, instrument, closesAt, now());
        campaigns.persist(campaign);
        return view(campaign);
    }

    /** Opens the campaign and invites every participant of the cycle who has not withdrawn. */
    @Transactional
    public CampaignView open(String schoolId, UUID campaignId) {
        Campaign campaign = campaign(schoolId, campaignId);
        campaign.open(now());
        for (SurveyParticipant participant : participants.active(campaign.cycleId())) {
            campaigns.persistInvitee(CampaignInvitee.invite(campaign, participant));
        }
        campaigns.flush();
        CampaignView view = view(campaign);
        events.campaignOpened(campaign, view.mentees().invited(), view.mentors().invited());
        return view;
    }

    @Transactional
    public CampaignView close(String schoolId, UUID campaignId) {
        Campaign campaign = campaign(schoolId, campaignId);
        campaign.close(now());
        CampaignView view = view(campaign);
        events.campaignClosed(campaign, view.mentees().invited(), view.mentors().invited(), view.mentees().responded(),
                view.mentors().responded());
        return view;
    }

    @Transactional
    public CampaignView get(String schoolId, UUID campaignId) {
        return view(campaign(schoolId, campaignId));
    }

    @Transactional
    public List<CampaignView> ofCycle(String schoolId, UUID cycleId) {
        return campaigns.ofCycle(cycleId).stream().filter(c -> c.schoolId().equals(schoolId)).map(this::view).toList();
    }

    @Transactional
    public Page<CampaignInvitee> nonRespondents(String schoolId, UUID campaignId, PageRequest page) {
        campaign(schoolId, campaignId);
        return Page.of(campaigns.nonRespondents(campaignId, page.page, page.size), page, campaigns.countNonRespondents(campaignId));
    }

    /** Reminds every invited participant who has not answered yet (delivery channels pick up the event). */
    @Transactional
    public int remind(String schoolId, UUID campaignId) {
        Campaign campaign = campaign(schoolId, campaignId);
        campaign.requireAcceptingAnswers(now());
        List<CampaignInvitee> pending = campaigns.nonRespondents(campaignId, 0, Integer.MAX_VALUE);
        pending.forEach(invitee -> invitee.reminded(now()));
        if (!pending.isEmpty()) {
            events.respondentsReminded(campaign, pending.stream().map(CampaignInvitee::participantId).toList());
        }
        return pending.size();
    }

    @Transactional
    public List<Campaign> openFor(String participantId) {
        return campaigns.openFor(participantId);
    }

    @Transactional
    public Questionnaire questionnaire(String schoolId, UUID campaignId, String participantId) {
        Campaign campaign = campaign(schoolId, campaignId);
        CampaignInvitee invitee = invitee(campaign, participantId);
        Instrument instrument = instruments.findById(campaign.instrumentId());
        List<ItemDefinition> items = instrument.items().stream().filter(i -> i.audience().includes(invitee.role()))
                .map(i -> worded(i, invitee.role())).toList();
        return new Questionnaire(campaign, instrument, invitee.role(), items);
    }

    /**
     * Saves a participant's answers (a new revision after the first). Published for research only
     * when the participant consents to research use.
     */
    @Transactional
    public SurveyResponse answer(String schoolId, UUID campaignId, String participantId, Map<String, JsonNode> raw) {
        Campaign campaign = campaign(schoolId, campaignId);
        CampaignInvitee invitee = invitee(campaign, participantId);
        campaign.requireAcceptingAnswers(now());
        Instrument instrument = instruments.findById(campaign.instrumentId());
        List<Answer> answers = AnswerSheet.validate(instrument.items(), invitee.role(), raw);
        SurveyResponse response = campaigns.response(campaignId, participantId).orElse(null);
        if (response == null) {
            response = SurveyResponse.first(campaign, invitee, answers, now());
            campaigns.persistResponse(response);
        } else {
            response.revise(answers, now());
        }
        boolean consents = participants.find(campaign.cycleId(), participantId).map(SurveyParticipant::researchConsent).orElse(false);
        if (consents) {
            events.responseRecorded(campaign, response);
        }
        return response;
    }

    @Transactional
    public SurveyResponse myResponse(String schoolId, UUID campaignId, String participantId) {
        Campaign campaign = campaign(schoolId, campaignId);
        invitee(campaign, participantId);
        return campaigns.response(campaignId, participantId).orElseThrow(() -> new ResourceNotFoundException("response", "mine"));
    }

    private CampaignInvitee invitee(Campaign campaign, String participantId) {
        // Not invited looks like "no such campaign": students cannot probe other campaigns.
        return campaigns.invitee(campaign.id(), participantId).orElseThrow(() -> new ResourceNotFoundException("campaign", campaign.id()));
    }

    private static ItemDefinition worded(ItemDefinition item, ParticipantRole role) {
        String text = role == ParticipantRole.MENTEE && item.menteeText() != null ? item.menteeText()
                : role == ParticipantRole.MENTOR && item.mentorText() != null ? item.mentorText() : item.text();
        return new ItemDefinition(item.id(), item.type(), item.audience(), text, null, null, item.options(), item.maxSelections(), item.min(),
                item.max(), item.maxLength(), item.anchors(), item.required());
    }

    private CampaignView view(Campaign campaign) {
        long invitedMentees = campaigns.invited(campaign.id(), ParticipantRole.MENTEE);
        long invitedMentors = campaigns.invited(campaign.id(), ParticipantRole.MENTOR);
        long respondedMentees = campaigns.responded(campaign.id(), ParticipantRole.MENTEE);
        long respondedMentors = campaigns.responded(campaign.id(), ParticipantRole.MENTOR);
        return new CampaignView(campaign, RoleRate.of(invitedMentees, respondedMentees), RoleRate.of(invitedMentors, respondedMentors),
                RoleRate.of(invitedMentees + invitedMentors, respondedMentees + respondedMentors));
    }

    private Campaign campaign(String schoolId, UUID campaignId) {
        return campaigns.find("schoolId = ?1 and id = ?2", schoolId, campaignId).firstResultOptional()
                .orElseThrow(() -> new ResourceNotFoundException("campaign", campaignId));
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
