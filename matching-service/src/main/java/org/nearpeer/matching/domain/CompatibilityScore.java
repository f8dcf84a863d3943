package org.nearpeer.matching.domain;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.nearpeer.events.vocabulary.AvailabilitySlot;
import org.nearpeer.events.vocabulary.StudyApproach;

/**
 * How well a mentor suits a mentee, 0–100, with its per-criterion breakdown. Default weights:
 * areas of help 40 (share of the mentee's wanted areas the mentor offers), meeting methods 20
 * (any shared), availability 20 (share of the mentee's slots the mentor also has), gender 10 (a
 * stated preference met, or none stated), study style 10 (complementary: a steady planner for a
 * last-minute studier, group study for a solo studier, or the same rhythm).
 */
public final class CompatibilityScore {

    public static final Map<String, Integer> DEFAULT_WEIGHTS = Map.of("helpAreas", 40, "meetingMethods", 20, "availability", 20,
            "gender", 10, "studyStyle", 10);

    private CompatibilityScore() {
    }

    /** @return criterion → points, in a stable order; their sum is the score */
    public static Map<String, Integer> breakdown(Candidate mentee, Candidate mentor) {
        Map<String, Integer> points = new LinkedHashMap<>();
        points.put("helpAreas", share(mentee.helpAreas(), mentor.helpAreas(), DEFAULT_WEIGHTS.get("helpAreas")));
        Set<Object> methods = new HashSet<>(mentee.meetingMethods());
        methods.retainAll(mentor.meetingMethods());
        points.put("meetingMethods", methods.isEmpty() ? 0 : DEFAULT_WEIGHTS.get("meetingMethods"));
        points.put("availability", mentee.availability().isEmpty() ? DEFAULT_WEIGHTS.get("availability") / 2
                : share(new HashSet<AvailabilitySlot>(mentee.availability()), new HashSet<AvailabilitySlot>(mentor.availability()),
                        DEFAULT_WEIGHTS.get("availability")));
        boolean genderFits = fits(mentee.preferredPartnerGender(), mentor.gender()) && fits(mentor.preferredPartnerGender(), mentee.gender());
        points.put("gender", genderFits ? DEFAULT_WEIGHTS.get("gender") : 0);
        points.put("studyStyle", complementary(mentee, mentor) ? DEFAULT_WEIGHTS.get("studyStyle") : 0);
        return points;
    }

    public static int total(Map<String, Integer> breakdown) {
        return breakdown.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static <T> int share(Set<T> wanted, Set<T> offered, int weight) {
        if (wanted.isEmpty()) {
            return weight / 2;
        }
        long met = wanted.stream().filter(offered::contains).count();
        return (int) Math.round(weight * (double) met / wanted.size());
    }

    private static boolean fits(Object preferred, Object actual) {
        return preferred == null || preferred.equals(actual);
    }

    private static boolean complementary(Candidate mentee, Candidate mentor) {
        if (mentee.studyApproach() == StudyApproach.LAST_MINUTE && mentor.studyApproach() == StudyApproach.STEADY_PLANNER) {
            return true;
        }
        if (mentee.studyApproach() == StudyApproach.SOLO_STUDY && mentor.studyApproach() == StudyApproach.GROUP_STUDY) {
            return true;
        }
        return mentee.studyRhythm() != null && mentee.studyRhythm() == mentor.studyRhythm();
    }
}
