package org.nearpeer.enrollment.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.nearpeer.enrollment.domain.CycleRules;
import org.nearpeer.enrollment.domain.CycleSchedule;

@Schema(name = "CycleConfiguration", description = "Schedule and rules of a draft cycle; omitted rules take the defaults of the program")
public record CycleConfigurationRequest(
        @NotNull @Schema(example = "2026-08-24") LocalDate applicationOpensOn,
        @NotNull @Schema(example = "2026-09-11") LocalDate applicationClosesOn,
        @Schema(example = "2026-09-14") LocalDate matchingOn,
        @Schema(example = "2026-09-21") LocalDate sessionsStartOn,
        @Schema(example = "2026-12-11") LocalDate sessionsEndOn,
        @Schema(example = "2026-12-14") LocalDate surveyOpensOn,
        @Schema(example = "2026-12-31") LocalDate surveyClosesOn,
        @Size(min = 1, max = 12) @Schema(example = "[\"PY2\", \"Y1\", \"Y2\"]", description = "Default PY2, Y1, Y2")
        List<@NotNull @Pattern(regexp = "[A-Z0-9]{1,8}") String> eligibleMenteeYears,
        @Min(0) @Max(6) @Schema(example = "0", description = "Default 0: same class") Integer mentorYearGapMin,
        @Min(0) @Max(6) @Schema(example = "2", description = "Default 2: up to two years above") Integer mentorYearGapMax,
        @Min(1) @Max(10) @Schema(example = "1", description = "Mentees per mentor; default 1") Integer mentorCapacity,
        @Schema(example = "true", description = "Pre-education before sessions; default true") Boolean trainingRequired,
        @Schema(example = "false", description = "Default false") Boolean sameCampusRequired) {

    CycleSchedule schedule() {
        return new CycleSchedule(applicationOpensOn, applicationClosesOn, matchingOn, sessionsStartOn, sessionsEndOn, surveyOpensOn, surveyClosesOn);
    }

    CycleRules rules() {
        CycleRules defaults = CycleRules.DEFAULT;
        return new CycleRules(eligibleMenteeYears == null ? defaults.eligibleMenteeYears() : eligibleMenteeYears,
                mentorYearGapMin == null ? defaults.mentorYearGapMin() : mentorYearGapMin,
                mentorYearGapMax == null ? defaults.mentorYearGapMax() : mentorYearGapMax,
                mentorCapacity == null ? defaults.mentorCapacity() : mentorCapacity,
                trainingRequired == null ? defaults.trainingRequired() : trainingRequired,
                sameCampusRequired == null ? defaults.sameCampusRequired() : sameCampusRequired);
    }
}
