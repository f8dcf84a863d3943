package org.nearpeer.events.vocabulary;

/** Why a student takes part (the evaluation paper's purpose categories; several may apply). */
public enum ParticipationPurpose {
    /** mentees: help with studying and exams */
    ACADEMIC_HELP,
    /** mentees: adapting to the new campus and workload */
    ADAPTATION_TO_SCHOOL_LIFE,
    /** mentees: someone to talk to */
    EMOTIONAL_SUPPORT,
    /** mentors: helping junior students */
    HELPING_JUNIORS,
    /** mentors: consolidating their own knowledge by teaching */
    SELF_DEVELOPMENT,
    /** mentors: the program counts as volunteer hours */
    VOLUNTEER_HOURS,
    /** both: getting to know students of other years */
    RELATIONSHIPS,
    OTHER
}
