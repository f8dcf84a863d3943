package org.nearpeer.analytics.domain.coding;

import java.util.ArrayList;
import java.util.List;

/**
 * The codebook every school starts from (version 1): the thematic framework of the near-peer
 * mentoring evaluation this platform grew out of — outcomes, mutual benefits, factors of success,
 * negative experiences and suggestions. Schools refine it; nothing here is fixed.
 */
public final class DefaultCodebook {

    /** A seed entry; the key is the path theme/category/code. */
    public record Entry(String key, String parentKey, CodeLevel level, String label, String description, boolean alert) {
    }

    private DefaultCodebook() {
    }

    public static List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        theme(entries, "outcomes", "Mentoring outcomes", "What the mentoring changed for the participant");
        category(entries, "outcomes/academic", "Academic", null);
        code(entries, "outcomes/academic/academic-success", "Academic success", "Better grades, passing exams, keeping up", false);
        code(entries, "outcomes/academic/study-strategies", "Study strategies", "How to study, plan, review, take tests", false);
        category(entries, "outcomes/personal", "Personal", null);
        code(entries, "outcomes/personal/lifestyle", "Lifestyle", "Adapting to campus life, time and health", false);
        code(entries, "outcomes/personal/reflective-ability", "Reflective ability", "Looking back on one's own learning and habits", false);
        code(entries, "outcomes/personal/emotional-support", "Emotional support", "Feeling supported, less anxious or alone", false);
        theme(entries, "mutual-benefits", "Mutual benefits", "What mentor and mentee both gained");
        category(entries, "mutual-benefits/relationship", "Relationship", null);
        code(entries, "mutual-benefits/relationship/interpersonal-relationship", "Interpersonal relationship", "A friendship or bond across years", false);
        category(entries, "mutual-benefits/growth", "Growth", null);
        code(entries, "mutual-benefits/growth/responsibility", "Responsibility", "Feeling responsible for someone else's progress", false);
        code(entries, "mutual-benefits/growth/joy-of-helping", "Joy of helping", "Satisfaction from helping a junior", false);
        theme(entries, "success-factors", "Factors of success", "What made a pair work");
        category(entries, "success-factors/support", "Support", null);
        code(entries, "success-factors/support/studying-assistance", "Studying assistance", "Concrete help with material, notes, exams", false);
        code(entries, "success-factors/support/emotional-support-bonding", "Emotional support and bonding", "Trust and closeness in the pair", false);
        category(entries, "success-factors/attitude", "Attitude", null);
        code(entries, "success-factors/attitude/motivation-autonomy-responsibility", "Motivation, autonomy and responsibility",
                "Partners who took the initiative and followed through", false);
        theme(entries, "negative-experiences", "Negative experiences", "What went wrong");
        category(entries, "negative-experiences/burden", "Burden", null);
        code(entries, "negative-experiences/burden/feeling-pressure", "Feeling pressure",
                "Stress or pressure from the mentoring itself (raises a coordinator alert)", true);
        category(entries, "negative-experiences/engagement", "Engagement", null);
        code(entries, "negative-experiences/engagement/mentee-not-doing-tasks", "Mentee not doing tasks", "Agreed work not done", false);
        code(entries, "negative-experiences/engagement/no-contact", "No contact", "The partner could not be reached or stopped meeting", false);
        theme(entries, "suggestions", "Suggestions", "What participants would change");
        category(entries, "suggestions/structure", "Structure", null);
        code(entries, "suggestions/structure/guidelines", "Guidelines", "Clearer rules and guidance for pairs", false);
        code(entries, "suggestions/structure/clear-purpose", "Clear purpose", "A clearer goal for the program and each pair", false);
        code(entries, "suggestions/structure/appropriate-matching", "Appropriate matching", "Better matched partners", false);
        category(entries, "suggestions/preparation", "Preparation", null);
        code(entries, "suggestions/preparation/mentee-training", "Mentee training", "Preparing mentees, not only mentors", false);
        category(entries, "suggestions/format", "Format", null);
        code(entries, "suggestions/format/spontaneity", "Spontaneity", "Less formality, meeting when needed", false);
        return entries;
    }

    private static void theme(List<Entry> entries, String key, String label, String description) {
        entries.add(new Entry(key, null, CodeLevel.THEME, label, description, false));
    }

    private static void category(List<Entry> entries, String key, String label, String description) {
        entries.add(new Entry(key, key.substring(0, key.lastIndexOf('/')), CodeLevel.CATEGORY, label, description, false));
    }

    private static void code(List<Entry> entries, String key, String label, String description, boolean alert) {
        entries.add(new Entry(key, key.substring(0, key.lastIndexOf('/')), CodeLevel.CODE, label, description, alert));
    }
}
