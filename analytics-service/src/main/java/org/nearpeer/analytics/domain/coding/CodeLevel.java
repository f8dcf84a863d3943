package org.nearpeer.analytics.domain.coding;

/** The codebook's three levels; answers are coded with CODEs, themes and categories group them. */
public enum CodeLevel {
    THEME, CATEGORY, CODE
}
