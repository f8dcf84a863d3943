package org.nearpeer.enrollment.domain;

/** A self-chosen partner: REQUESTED until the partner names this student too, then CONFIRMED. */
public enum PartnerStatus {
    REQUESTED, CONFIRMED
}
