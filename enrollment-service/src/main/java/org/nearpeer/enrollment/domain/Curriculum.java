package org.nearpeer.enrollment.domain;

import java.util.List;

import org.nearpeer.http.problem.RuleViolationException;

/**
 * A school's year levels (in order) and campuses; the defaults apply until an administrator has
 * registered the school.
 *
 * @param campuses empty when the school is not registered: any campus name is accepted then
 */
public record Curriculum(List<String> yearLevels, List<String> campuses) {

    public static Curriculum of(java.util.Optional<School> school) {
        return school.map(s -> new Curriculum(s.yearLevels(), s.campuses())).orElse(new Curriculum(School.DEFAULT_YEAR_LEVELS, List.of()));
    }

    public void checkYearLevel(String yearLevel) {
        if (!yearLevels.contains(yearLevel)) {
            throw new RuleViolationException("unknown-year-level", "'" + yearLevel + "' is not a year level of this school; it has " + yearLevels + ".");
        }
    }

    public void checkCampus(String campus) {
        if (!campuses.isEmpty() && !campuses.contains(campus)) {
            throw new RuleViolationException("unknown-campus", "'" + campus + "' is not a campus of this school; it has " + campuses + ".");
        }
    }
}
