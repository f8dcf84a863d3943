package org.nearpeer.enrollment.domain;

import java.util.List;

import org.nearpeer.http.problem.RuleViolationException;

/**
 * Who may be paired with whom in a cycle.
 *
 * @param eligibleMenteeYears year levels whose students may be mentees
 * @param mentorYearGapMin    mentor's year minus mentee's year, at least (0 = same class)
 * @param mentorYearGapMax    at most (2 = up to two years above)
 * @param mentorCapacity      mentees per mentor
 * @param trainingRequired    pre-education before sessions may be logged
 * @param sameCampusRequired  pairs must share a campus
 */
public record CycleRules(List<String> eligibleMenteeYears, int mentorYearGapMin, int mentorYearGapMax, int mentorCapacity,
        boolean trainingRequired, boolean sameCampusRequired) {

    /** The program in the paper: mentees in PY2, Y1, Y2; mentors of the same class up to two years above; one mentee each. */
    public static final CycleRules DEFAULT = new CycleRules(List.of("PY2", "Y1", "Y2"), 0, 2, 1, true, false);

    void checkAgainst(List<String> yearLevels) {
        List<String> unknown = eligibleMenteeYears.stream().filter(year -> !yearLevels.contains(year)).toList();
        if (!unknown.isEmpty()) {
            throw new RuleViolationException("unknown-year-level", "Not year levels of this school: " + unknown + "; it has " + yearLevels + ".");
        }
        if (mentorYearGapMin < 0 || mentorYearGapMax < mentorYearGapMin) {
            throw new RuleViolationException("invalid-year-gap", "The mentor year gap must satisfy 0 <= min <= max (got "
                    + mentorYearGapMin + ".." + mentorYearGapMax + ").");
        }
    }

    /**
     * Why a mentee and a mentor may not form a pair, if they may not.
     *
     * @param yearLevels the school's year levels in order
     */
    public java.util.Optional<String> pairViolation(List<String> yearLevels, String menteeYear, String mentorYear, String menteeCampus,
            String mentorCampus) {
        if (!eligibleMenteeYears.contains(menteeYear)) {
            return java.util.Optional.of("mentees must be in " + eligibleMenteeYears + "; the mentee is in " + menteeYear);
        }
        int gap = yearLevels.indexOf(mentorYear) - yearLevels.indexOf(menteeYear);
        if (gap < mentorYearGapMin || gap > mentorYearGapMax) {
            String position = gap < 0 ? Math.abs(gap) + " year(s) below" : gap == 0 ? "in the same class as" : gap + " year(s) above";
            return java.util.Optional.of("the mentor (" + mentorYear + ") is " + position + " the mentee (" + menteeYear
                    + "); this school allows mentors " + describeGap());
        }
        if (sameCampusRequired && !menteeCampus.equals(mentorCampus)) {
            return java.util.Optional.of("mentor and mentee must share a campus (" + mentorCampus + " vs " + menteeCampus + ")");
        }
        return java.util.Optional.empty();
    }

    private String describeGap() {
        String from = mentorYearGapMin == 0 ? "in the same class" : mentorYearGapMin + " year(s) above";
        return from + " up to " + mentorYearGapMax + " year(s) above";
    }
}
