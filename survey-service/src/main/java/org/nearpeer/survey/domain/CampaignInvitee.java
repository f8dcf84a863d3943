package org.nearpeer.survey.domain;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.nearpeer.events.vocabulary.ParticipantRole;

/** A participant invited to a campaign when it opened. */
@Entity
@Table(name = "campaign_invitee")
@IdClass(CampaignInvitee.Key.class)
public class CampaignInvitee {

    public record Key(UUID campaignId, String participantId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "campaign_id")
    private UUID campaignId;
    @Id
    @Column(name = "participant_id")
    private String participantId;
    @Column(name = "school_id", nullable = false, updatable = false)
    private String schoolId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ParticipantRole role;
    @Column(name = "year_level", nullable = false)
    private String yearLevel;
    @Column(name = "reminded_at")
    private Instant remindedAt;

    protected CampaignInvitee() {
        // for JPA
    }

    public static CampaignInvitee invite(Campaign campaign, SurveyParticipant participant) {
        CampaignInvitee invitee = new CampaignInvitee();
        invitee.campaignId = campaign.id();
        invitee.participantId = participant.participantId();
        invitee.schoolId = campaign.schoolId();
        invitee.role = participant.role();
        invitee.yearLevel = participant.yearLevel();
        return invitee;
    }

    public void reminded(Instant now) {
        remindedAt = now;
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

    public Instant remindedAt() {
        return remindedAt;
    }
}
