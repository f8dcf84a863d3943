package org.nearpeer.demo.cohort;

import java.util.List;
import java.util.Set;

import org.nearpeer.events.vocabulary.ParticipantRole;

/**
 * Open answers in our own words, of the kinds the paper's Table 5 reports, each with the codes of
 * the built-in codebook a coder gives it.
 */
final class OpenAnswerBank {

    record CodedText(String text, Set<String> codes) {
    }

    private static final String ACADEMIC_SUCCESS = "outcomes/academic/academic-success";
    private static final String STUDY_STRATEGIES = "outcomes/academic/study-strategies";
    private static final String LIFESTYLE = "outcomes/personal/lifestyle";
    private static final String REFLECTIVE = "outcomes/personal/reflective-ability";
    private static final String EMOTIONAL = "outcomes/personal/emotional-support";
    private static final String RELATIONSHIP = "mutual-benefits/relationship/interpersonal-relationship";
    private static final String RESPONSIBILITY = "mutual-benefits/growth/responsibility";
    private static final String JOY = "mutual-benefits/growth/joy-of-helping";
    private static final String PRESSURE = "negative-experiences/burden/feeling-pressure";
    private static final String NOT_DOING_TASKS = "negative-experiences/engagement/mentee-not-doing-tasks";
    private static final String NO_CONTACT = "negative-experiences/engagement/no-contact";
    private static final String GUIDELINES = "suggestions/structure/guidelines";
    private static final String CLEAR_PURPOSE = "suggestions/structure/clear-purpose";
    private static final String MATCHING = "suggestions/structure/appropriate-matching";
    private static final String MENTEE_TRAINING = "suggestions/preparation/mentee-training";
    private static final String SPONTANEITY = "suggestions/format/spontaneity";

    private OpenAnswerBank() {
    }

    static List<CodedText> benefits(ParticipantRole role) {
        return role == ParticipantRole.MENTEE ? List.of(
                coded("We went through past exam questions two weeks before the midterm and my grade in physiology went up.", ACADEMIC_SUCCESS,
                        STUDY_STRATEGIES),
                coded("I finally have a study plan I can keep; my mentor showed me how she splits the week.", STUDY_STRATEGIES),
                coded("Moving to the new campus felt less lonely because I had someone to ask about everything.", LIFESTYLE, EMOTIONAL),
                coded("She listened when I was anxious about failing, and that helped more than any notes.", EMOTIONAL),
                coded("I learned how to take multiple-choice tests without panicking about time.", STUDY_STRATEGIES),
                coded("Now I have a senior I can talk to about anything, not only studying.", RELATIONSHIP),
                coded("I passed anatomy, which I do not think I would have done alone.", ACADEMIC_SUCCESS),
                coded("Talking about my week made me notice where my time actually goes.", REFLECTIVE, LIFESTYLE))
                : List.of(
                        coded("Explaining the renal system to my mentee was the best review I did all year.", STUDY_STRATEGIES),
                        coded("It felt good to give back what my own seniors once gave me.", JOY),
                        coded("I became more responsible: someone was counting on me every week.", RESPONSIBILITY),
                        coded("We became friends and still have lunch together.", RELATIONSHIP),
                        coded("Looking at my mentee's habits made me rethink my own way of studying.", REFLECTIVE),
                        coded("Seeing my mentee pass the exam was a real joy.", JOY, ACADEMIC_SUCCESS),
                        coded("The volunteer hours were welcome, but the friendship mattered more.", RELATIONSHIP));
    }

    static List<CodedText> worstExperiences(ParticipantRole role) {
        return role == ParticipantRole.MENTEE ? List.of(
                coded("Meeting every week during exam season felt like one more obligation.", PRESSURE),
                coded("My mentor stopped answering messages after the midterms.", NO_CONTACT),
                coded("Nothing really bad happened.", new String[0]),
                coded("I felt guilty taking my mentor's time when she had her own exams.", PRESSURE))
                : List.of(
                        coded("My mentee did not do the practice questions we agreed on.", NOT_DOING_TASKS),
                        coded("Some weeks my mentee simply did not show up or reply.", NO_CONTACT),
                        coded("I worried that my advice would be wrong and felt pressure to be perfect.", PRESSURE),
                        coded("Nothing in particular.", new String[0]));
    }

    static List<CodedText> suggestions(ParticipantRole role) {
        return role == ParticipantRole.MENTEE ? List.of(
                coded("Please match us by study habits, not only by year.", MATCHING),
                coded("It would help to know from the start what the program expects of a mentee.", CLEAR_PURPOSE, MENTEE_TRAINING),
                coded("Let pairs meet when they need to instead of a fixed schedule.", SPONTANEITY),
                coded("A short guide with ideas for what to do in a meeting.", GUIDELINES))
                : List.of(
                        coded("Mentees should also get pre-education, not only mentors.", MENTEE_TRAINING),
                        coded("Clearer guidelines on how much help is too much.", GUIDELINES),
                        coded("Say clearly what the goal of each pair is.", CLEAR_PURPOSE),
                        coded("Less paperwork; we met more often when it was spontaneous.", SPONTANEITY),
                        coded("Match partners with similar schedules.", MATCHING));
    }

    private static CodedText coded(String text, String... codes) {
        return new CodedText(text, Set.of(codes));
    }
}
