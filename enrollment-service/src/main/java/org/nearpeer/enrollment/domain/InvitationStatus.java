package org.nearpeer.enrollment.domain;

/** PENDING until the worker created the account; FAILED keeps the reason and can be re-invited. */
public enum InvitationStatus {
    PENDING, PROVISIONED, FAILED
}
