package org.nearpeer.survey.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.nearpeer.http.problem.ConflictException;

/** A cycle's evaluation survey: one instrument version, a window, the invited participants. */
@Entity
@Table(name = "campaign")
public class Campaign {

    @Id
    private UUID id;
    @Column(name = "school_id", nullable = false, updatable = false)
    private String schoolId;
    @Column(name = "cycle_id", nullable = false, updatable = false)
    private UUID cycleId;
    @Column(name = "instrument_id", nullable = false, updatable = false)
    private UUID instrumentId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CampaignStatus status;
    @Column(name = "opened_at")
    private Instant openedAt;
    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Campaign() {
        // for JPA
    }

    public static Campaign draft(String schoolId, UUID cycleId, Instrument instrument, Instant closesAt, Instant now) {
        Campaign campaign = new Campaign();
        campaign.id = UUID.randomUUID();
        campaign.schoolId = schoolId;
        campaign.cycleId = cycleId;
        campaign.instrumentId = instrument.id();
        campaign.status = CampaignStatus.DRAFT;
        campaign.closesAt = closesAt;
        campaign.createdAt = now;
        return campaign;
    }

    public void open(Instant now) {
        if (status != CampaignStatus.DRAFT) {
            throw new ConflictException("campaign-not-draft", "The campaign is " + status + "; only a draft can be opened.");
        }
        if (!closesAt.isAfter(now)) {
            throw new ConflictException("campaign-window-over", "The campaign would close at " + closesAt + ", which has passed.");
        }
        status = CampaignStatus.OPEN;
        openedAt = now;
    }

    public void close(Instant now) {
        if (status != CampaignStatus.OPEN) {
            throw new ConflictException("campaign-not-open", "The campaign is " + status + "; only an open campaign can be closed.");
        }
        status = CampaignStatus.CLOSED;
        closedAt = now;
    }

    /** Answers are accepted while open and before the closing time. */
    public void requireAcceptingAnswers(Instant now) {
        if (status != CampaignStatus.OPEN || !now.isBefore(closesAt)) {
            throw new ConflictException("campaign-not-accepting", "Answers are accepted while the campaign is open, until " + closesAt
                    + "; it is " + status + ".");
        }
    }

    public UUID id() {
        return id;
    }

    public String schoolId() {
        return schoolId;
    }

    public UUID cycleId() {
        return cycleId;
    }

    public UUID instrumentId() {
        return instrumentId;
    }

    public CampaignStatus status() {
        return status;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant closesAt() {
        return closesAt;
    }
}
