package org.nearpeer.analytics.api;

import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the coding API. */
public final class CodingRequests {

    static final String CODE_KEY = "[a-z0-9-]{1,60}(/[a-z0-9-]{1,60}){0,2}";

    private CodingRequests() {
    }

    @Schema(description = "A coder's codes for the claimed answer (none when no code applies), a memo, and optionally a flag for the coordinators")
    public record SubmitCoding(
            @NotNull @Size(max = 20) @Schema(example = "[\"outcomes/academic/study-strategies\", \"mutual-benefits/relationship/interpersonal-relationship\"]")
            Set<@NotBlank @Pattern(regexp = CODE_KEY) String> codes,
            @Size(max = 2000) @Schema(example = "Mentions the exam review session two weeks ahead.") String memo,
            @Size(max = 500) @Schema(example = "Says the weekly meetings felt like pressure.") String flag) {
    }

    @Schema(description = "The final codes of an answer whose two coders disagreed")
    public record Adjudication(
            @NotNull @Size(max = 20) @Schema(example = "[\"negative-experiences/burden/feeling-pressure\"]")
            Set<@NotBlank @Pattern(regexp = CODE_KEY) String> codes) {
    }

    @Schema(description = "A new theme (one segment), category (two) or code (three) of the codebook")
    public record NewCode(
            @NotBlank @Pattern(regexp = CODE_KEY, message = "must be theme, theme/category or theme/category/code in lower-case kebab-case")
            @Schema(example = "suggestions/format/online-meetings") String key,
            @NotBlank @Size(max = 200) @Schema(example = "Online meetings") String label,
            @Size(max = 1000) @Schema(example = "Wishes to meet by video when schedules clash") String description,
            @Schema(description = "Coding an answer with it raises a coordinator alert") boolean alert) {
    }

    @Schema(description = "How the school codes")
    public record Settings(
            @Min(0) @Max(100) @Schema(description = "Share of new answers coded independently by two coders", example = "20") int doubleCodingPercent,
            @Min(5) @Max(1440) @Schema(description = "How long a claim holds before another coder may take the answer", example = "30") int claimMinutes) {
    }
}
