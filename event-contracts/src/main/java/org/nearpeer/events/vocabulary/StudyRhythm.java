package org.nearpeer.events.vocabulary;

/** When a student studies best (structured part of the self-description). */
public enum StudyRhythm {
    EARLY_BIRD, NIGHT_OWL, FLEXIBLE
}
