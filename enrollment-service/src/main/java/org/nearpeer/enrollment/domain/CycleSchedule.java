package org.nearpeer.enrollment.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.nearpeer.http.problem.RuleViolationException;

/** The dates of a cycle; all but the application window may stay empty while it is a draft. */
public record CycleSchedule(LocalDate applicationOpensOn, LocalDate applicationClosesOn, LocalDate matchingOn,
        LocalDate sessionsStartOn, LocalDate sessionsEndOn, LocalDate surveyOpensOn, LocalDate surveyClosesOn) {

    public boolean isComplete() {
        return applicationOpensOn != null && applicationClosesOn != null && matchingOn != null && sessionsStartOn != null
                && sessionsEndOn != null && surveyOpensOn != null && surveyClosesOn != null;
    }

    /** Applications → matching → sessions → survey, each window in order. */
    void checkOrder() {
        List<String> problems = new ArrayList<>();
        before(problems, "applicationOpensOn", applicationOpensOn, "applicationClosesOn", applicationClosesOn, true);
        before(problems, "applicationClosesOn", applicationClosesOn, "matchingOn", matchingOn, false);
        before(problems, "matchingOn", matchingOn, "sessionsStartOn", sessionsStartOn, true);
        before(problems, "sessionsStartOn", sessionsStartOn, "sessionsEndOn", sessionsEndOn, true);
        before(problems, "surveyOpensOn", surveyOpensOn, "surveyClosesOn", surveyClosesOn, true);
        before(problems, "sessionsStartOn", sessionsStartOn, "surveyOpensOn", surveyOpensOn, false);
        if (!problems.isEmpty()) {
            throw new RuleViolationException("schedule-out-of-order", String.join("; ", problems) + ".");
        }
    }

    private static void before(List<String> problems, String firstName, LocalDate first, String secondName, LocalDate second,
            boolean sameDayAllowed) {
        if (first == null || second == null) {
            return;
        }
        if (second.isBefore(first) || (!sameDayAllowed && second.isEqual(first))) {
            problems.add(secondName + " (" + second + ") must come after " + firstName + " (" + first + ")");
        }
    }
}
