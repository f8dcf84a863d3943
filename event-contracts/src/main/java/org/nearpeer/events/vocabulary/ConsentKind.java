package org.nearpeer.events.vocabulary;

public enum ConsentKind {
    /** Required to take part. */
    PROGRAM_RULES,
    /** Optional and withdrawable: survey data may be used for research. */
    RESEARCH_USE
}
