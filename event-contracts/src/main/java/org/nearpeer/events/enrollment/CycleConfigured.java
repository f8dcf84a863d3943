package org.nearpeer.events.enrollment;

import java.time.LocalDate;
import java.util.List;

import org.nearpeer.events.NearpeerEvent;

/**
 * A draft cycle's schedule and rules were set or changed (they are frozen once the cycle opens).
 *
 * @param applicationOpensOn  first day of applications
 * @param applicationClosesOn last day of applications
 * @param matchingOn          when the school matches
 * @param sessionsStartOn     first day pairs may meet
 * @param sessionsEndOn       last day pairs may meet
 * @param surveyOpensOn       evaluation survey window start
 * @param surveyClosesOn      evaluation survey window end
 * @param yearLevels          the school's year levels in order (for the year-gap rule)
 * @param campuses            the school's campuses
 * @param eligibleMenteeYears year levels whose students may be mentees
 * @param mentorYearGapMin    mentor year minus mentee year, lower bound (0 = same class)
 * @param mentorYearGapMax    upper bound (2 = up to two years above)
 * @param mentorCapacity      mentees per mentor
 * @param trainingRequired    pre-education before sessions may be logged
 * @param sameCampusRequired  pairs must share a campus
 */
public record CycleConfigured(LocalDate applicationOpensOn, LocalDate applicationClosesOn, LocalDate matchingOn,
        LocalDate sessionsStartOn, LocalDate sessionsEndOn, LocalDate surveyOpensOn, LocalDate surveyClosesOn,
        List<String> yearLevels, List<String> campuses, List<String> eligibleMenteeYears, int mentorYearGapMin,
        int mentorYearGapMax, int mentorCapacity, boolean trainingRequired, boolean sameCampusRequired) implements NearpeerEvent {
}
