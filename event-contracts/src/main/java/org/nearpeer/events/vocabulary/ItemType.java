package org.nearpeer.events.vocabulary;

/** Kinds of survey items. */
public enum ItemType {
    /** 1–5 with anchor labels ("not at all" … "very high"). */
    LIKERT,
    SINGLE_CHOICE,
    /** Several options, at most {@code maxSelections} ("choose up to 3"). */
    MULTIPLE_CHOICE,
    NUMERIC,
    OPEN_TEXT
}
