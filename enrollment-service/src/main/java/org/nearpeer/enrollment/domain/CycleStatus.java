package org.nearpeer.enrollment.domain;

/** The stages of a program cycle, in order. */
public enum CycleStatus {
    DRAFT, OPEN, MATCHING, RUNNING, EVALUATING, CLOSED
}
