package org.nearpeer.analytics.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An evaluation campaign's invited mentees and mentors: the denominators of the response rate. */
@Entity
@Table(name = "campaign")
public class Campaign {

    @Id
    @Column(name = "campaign_id")
    private UUID campaignId;
    @Column(name = "school_id", nullable = false, updatable = false)
    private String schoolId;
    @Column(name = "cycle_id", nullable = false, updatable = false)
    private UUID cycleId;
    @Column(name = "invited_mentees", nullable = false)
    private int invitedMentees;
    @Column(name = "invited_mentors", nullable = false)
    private int invitedMentors;

    protected Campaign() {
        // for JPA
    }

    public Campaign(UUID campaignId, String schoolId, UUID cycleId, int invitedMentees, int invitedMentors) {
        this.campaignId = campaignId;
        this.schoolId = schoolId;
        this.cycleId = cycleId;
        this.invitedMentees = invitedMentees;
        this.invitedMentors = invitedMentors;
    }
}
