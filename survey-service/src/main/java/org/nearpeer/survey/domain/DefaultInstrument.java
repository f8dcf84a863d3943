package org.nearpeer.survey.domain;

import java.util.List;

import org.nearpeer.events.survey.ChoiceOption;
import org.nearpeer.events.survey.ItemDefinition;
import org.nearpeer.events.vocabulary.Audience;
import org.nearpeer.events.vocabulary.ItemType;

/**
 * The built-in evaluation questionnaire of the near-peer mentoring program we model: meeting
 * habits, three satisfaction items on a five-point scale, purposes (by role), the mentor's roles
 * (up to three) and three open questions.
 */
public final class DefaultInstrument {

    public static final String NAME = "Near-peer mentoring program evaluation";
    public static final List<String> ANCHORS = List.of("not at all", "low", "moderate", "high", "very high");
    public static final int OPEN_TEXT_LIMIT = 2000;

    private DefaultInstrument() {
    }

    public static List<ItemDefinition> items() {
        return List.of(
                single("meetings_per_semester", "How many times did you meet this semester?",
                        option("LESS_THAN_3", "fewer than 3"), option("FOUR_TO_FIVE", "4–5"), option("SIX_TO_EIGHT", "6–8"),
                        option("MORE_THAN_8", "more than 8")),
                multiple("meeting_methods", "How did you meet?", 2,
                        option("FACE_TO_FACE", "face to face"), option("TEXT", "text by mobile phone or PC")),
                single("meeting_hours", "On average, how long did a meeting last?",
                        option("LESS_THAN_1", "less than 1 hour"), option("ABOUT_1", "about 1 hour"), option("ABOUT_2", "about 2 hours"),
                        option("ABOUT_3", "about 3 hours")),
                multiple("meeting_locations", "Where did you meet?", 5,
                        option("DORM_STUDY_ROOM", "dormitory study room"), option("LECTURE_ROOM", "lecture room"), option("CAFE", "cafe"),
                        option("STUDENT_LOUNGE", "student lounge"), option("LIBRARY", "library")),
                likert("program_appropriate", "Was the mentoring program appropriate?"),
                likert("partner_attitude", "Was your partner's attitude satisfactory?",
                        "Was your mentor's attitude satisfactory?", "Was your mentee's attitude satisfactory?"),
                likert("content_satisfaction", "Were the content and implementation of the program satisfactory?"),
                new ItemDefinition("purpose_mentee", ItemType.MULTIPLE_CHOICE, Audience.MENTEE, "Why did you take part as a mentee?", null, null,
                        List.of(option("ACADEMIC_HELP", "help with studying and exams"),
                                option("ADAPTATION_TO_SCHOOL_LIFE", "adapting to the new campus and workload"),
                                option("EMOTIONAL_SUPPORT", "emotional support"), option("RELATIONSHIPS", "getting to know seniors"),
                                option("OTHER", "other")),
                        5, null, null, null, List.of(), true),
                new ItemDefinition("purpose_mentor", ItemType.MULTIPLE_CHOICE, Audience.MENTOR, "Why did you take part as a mentor?", null, null,
                        List.of(option("HELPING_JUNIORS", "helping junior students"),
                                option("SELF_DEVELOPMENT", "consolidating my own knowledge by teaching"),
                                option("VOLUNTEER_HOURS", "volunteer hours"), option("RELATIONSHIPS", "getting to know juniors"),
                                option("OTHER", "other")),
                        5, null, null, null, List.of(), true),
                new ItemDefinition("mentor_roles", ItemType.MULTIPLE_CHOICE, Audience.BOTH, "Which roles did the mentor play? (choose up to 3)",
                        "Which roles did your mentor play? (choose up to 3)", "Which roles did you play as a mentor? (choose up to 3)",
                        List.of(option("STUDY_ADVISOR", "study advisor"), option("EXAM_GUIDE", "guide for exams and test-taking"),
                                option("LIFE_COUNSELOR", "counselor for school life"), option("EMOTIONAL_SUPPORTER", "emotional supporter"),
                                option("ROLE_MODEL", "role model"), option("INFORMATION_PROVIDER", "provider of information and resources"),
                                option("FRIEND", "friend")),
                        3, null, null, null, List.of(), true),
                open("benefits", "What did you gain from the program (benefits, outcomes)?"),
                open("worst_experience", "What was your worst experience in the program?"),
                open("suggestions", "What would you suggest to improve the program?"));
    }

    private static ChoiceOption option(String code, String label) {
        return new ChoiceOption(code, label);
    }

    private static ItemDefinition single(String id, String text, ChoiceOption... options) {
        return new ItemDefinition(id, ItemType.SINGLE_CHOICE, Audience.BOTH, text, null, null, List.of(options), null, null, null, null,
                List.of(), true);
    }

    private static ItemDefinition multiple(String id, String text, int max, ChoiceOption... options) {
        return new ItemDefinition(id, ItemType.MULTIPLE_CHOICE, Audience.BOTH, text, null, null, List.of(options), max, null, null, null,
                List.of(), true);
    }

    private static ItemDefinition likert(String id, String text) {
        return likert(id, text, null, null);
    }

    private static ItemDefinition likert(String id, String text, String menteeText, String mentorText) {
        return new ItemDefinition(id, ItemType.LIKERT, Audience.BOTH, text, menteeText, mentorText, List.of(), null, null, null, null,
                ANCHORS, true);
    }

    private static ItemDefinition open(String id, String text) {
        return new ItemDefinition(id, ItemType.OPEN_TEXT, Audience.BOTH, text, null, null, List.of(), null, null, null, OPEN_TEXT_LIMIT,
                List.of(), false);
    }
}
