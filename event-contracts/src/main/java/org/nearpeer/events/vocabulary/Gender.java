package org.nearpeer.events.vocabulary;

/** Optional; used only for a stated matching preference and for participation counts. */
public enum Gender {
    FEMALE, MALE, NON_BINARY, UNDISCLOSED
}
