package org.nearpeer.events.vocabulary;

/** Where a pair met (categories, never free text). */
public enum SessionLocation {
    DORM_STUDY_ROOM, LECTURE_ROOM, CAFE, STUDENT_LOUNGE, LIBRARY, ONLINE, OTHER
}
