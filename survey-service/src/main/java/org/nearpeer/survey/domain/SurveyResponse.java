package org.nearpeer.survey.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.nearpeer.events.survey.Answer;
import org.nearpeer.events.vocabulary.ParticipantRole;

/** One participant's answers to a campaign; each edit is a new revision. */
@Entity
@Table(name = "survey_response")
public class SurveyResponse {

    @Id
    private UUID id;
    @Column(name = "school_id", nullable = false, updatable = false)
    private String schoolId;
    @Column(name = "campaign_id", nullable = false, updatable = false)
    private UUID campaignId;
    @Column(name = "participant_id", nullable = false, updatable = false)
    private String participantId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ParticipantRole role;
    @Column(name = "year_level", nullable = false)
    private String yearLevel;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<Answer> answers;
    @Column(nullable = false)
    private int revision;
    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected SurveyResponse() {
        // for JPA
    }

    public static SurveyResponse first(Campaign campaign, CampaignInvitee invitee, List<Answer> answers, Instant now) {
        SurveyResponse response = new SurveyResponse();
        response.id = UUID.randomUUID();
        response.schoolId = campaign.schoolId();
        response.campaignId = campaign.id();
        response.participantId = invitee.participantId();
        response.role = invitee.role();
        response.yearLevel = invitee.yearLevel();
        response.answers = List.copyOf(answers);
        response.revision = 1;
        response.submittedAt = now;
        response.updatedAt = now;
        return response;
    }

    public void revise(List<Answer> newAnswers, Instant now) {
        answers = List.copyOf(newAnswers);
        revision++;
        updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public String schoolId() {
        return schoolId;
    }

    public UUID campaignId() {
        return campaignId;
    }

    public String participantId() {
        return participantId;
    }

    public ParticipantRole role() {
        return role;
    }

    public String yearLevel() {
        return yearLevel;
    }

    public List<Answer> answers() {
        return answers;
    }

    public int revision() {
        return revision;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
