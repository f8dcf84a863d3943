package org.nearpeer.events.vocabulary;

/** How a student prepares for exams (structured part of the self-description). */
public enum StudyApproach {
    STEADY_PLANNER, LAST_MINUTE, GROUP_STUDY, SOLO_STUDY
}
