package org.nearpeer.enrollment.api;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ResearchConsent", description = "Give or withdraw consent to research use of survey data")
public record ResearchConsentRequest(@NotNull @Schema(example = "false") Boolean given) {
}
