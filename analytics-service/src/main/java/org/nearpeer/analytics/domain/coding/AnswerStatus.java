package org.nearpeer.analytics.domain.coding;

/** Where an open answer is in the coding workflow. */
public enum AnswerStatus {
    /** Needs (more) coders. */
    QUEUED,
    /** Two coders disagreed: a coordinator decides. */
    ADJUDICATION,
    /** Final codes known. */
    CODED
}
