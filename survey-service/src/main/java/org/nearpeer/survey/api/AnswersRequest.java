package org.nearpeer.survey.api;

import java.util.Map;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

@Schema(name = "Answers", description = "Item id → value: 1–5 for Likert, an option code, a list of codes, a number or a text")
public record AnswersRequest(@NotNull @Size(max = 200) @Schema(example = """
        {"program_appropriate": 4, "meetings_per_semester": "FOUR_TO_FIVE", "mentor_roles": ["STUDY_ADVISOR", "ROLE_MODEL"],
         "benefits": "I learned how to plan my exam preparation."}""") Map<String, JsonNode> answers) {
}
