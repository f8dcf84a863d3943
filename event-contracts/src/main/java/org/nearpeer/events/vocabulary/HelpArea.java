package org.nearpeer.events.vocabulary;

/** Areas of help a mentee wants or a mentor offers; shared by enrollment, matching and sessions. */
public enum HelpArea {
    TEST_TAKING_STRATEGY,
    STUDY_METHODS_AND_PLANNING,
    EXAM_REVIEW,
    SCHOOL_LIFE_MANAGEMENT,
    EMOTIONAL_SUPPORT,
    STUDY_RESOURCES,
    TUTORING
}
