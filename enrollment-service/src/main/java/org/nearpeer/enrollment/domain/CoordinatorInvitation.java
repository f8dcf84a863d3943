package org.nearpeer.enrollment.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An administrator's invitation of a coordinator for one school; becomes an identity-provider account. */
@Entity
@Table(name = "coordinator_invitation")
public class CoordinatorInvitation {

    /** After this many failed attempts the invitation is marked FAILED. */
    public static final int MAX_ATTEMPTS = 5;

    @Id
    private UUID id;

    @Column(name = "school_id", nullable = false, updatable = false)
    private String schoolId;

    @Column(nullable = false, updatable = false)
    private String email;

    @Column(name = "first_name", nullable = false, updatable = false)
    private String firstName;

    @Column(name = "last_name", nullable = false, updatable = false)
    private String lastName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InvitationStatus status;

    @Column(name = "failure_reason")
    private String failureReason;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "invited_at", nullable = false, updatable = false)
    private Instant invitedAt;

    @Column(name = "invited_by", nullable = false, updatable = false)
    private String invitedBy;

    @Column(name = "provisioned_at")
    private Instant provisionedAt;

    @Column(name = "identity_id")
    private String identityId;

    protected CoordinatorInvitation() {
        // for JPA
    }

    public static CoordinatorInvitation invite(String schoolId, String email, String firstName, String lastName, String invitedBy,
            Instant now) {
        CoordinatorInvitation invitation = new CoordinatorInvitation();
        invitation.id = UUID.randomUUID();
        invitation.schoolId = schoolId;
        invitation.email = email.strip().toLowerCase(java.util.Locale.ROOT);
        invitation.firstName = firstName.strip();
        invitation.lastName = lastName.strip();
        invitation.status = InvitationStatus.PENDING;
        invitation.invitedAt = now;
        invitation.invitedBy = invitedBy;
        return invitation;
    }

    public void provisioned(String identityId, Instant now) {
        this.identityId = identityId;
        this.status = InvitationStatus.PROVISIONED;
        this.provisionedAt = now;
        this.failureReason = null;
    }

    /** A failed attempt; retried until {@link #MAX_ATTEMPTS}. */
    public void attemptFailed(String reason) {
        attempts++;
        failureReason = reason.length() > 500 ? reason.substring(0, 500) : reason;
        if (attempts >= MAX_ATTEMPTS) {
            status = InvitationStatus.FAILED;
        }
    }

    public UUID id() {
        return id;
    }

    public String schoolId() {
        return schoolId;
    }

    public String email() {
        return email;
    }

    public String firstName() {
        return firstName;
    }

    public String lastName() {
        return lastName;
    }

    public InvitationStatus status() {
        return status;
    }

    public String failureReason() {
        return failureReason;
    }

    public Instant invitedAt() {
        return invitedAt;
    }

    public Instant provisionedAt() {
        return provisionedAt;
    }
}
