package org.nearpeer.survey.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.nearpeer.events.survey.Answer;
import org.nearpeer.events.survey.ChoiceOption;
import org.nearpeer.events.survey.ItemDefinition;
import org.nearpeer.events.vocabulary.ParticipantRole;
import org.nearpeer.http.problem.Problem;
import org.nearpeer.http.problem.RuleViolationException;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Checks raw answers ({@code itemId → JSON value}) against the items a role sees in an instrument
 * version and turns them into typed {@link Answer}s; every problem names its item.
 */
public final class AnswerSheet {

    private AnswerSheet() {
    }

    public static List<Answer> validate(List<ItemDefinition> items, ParticipantRole role, Map<String, JsonNode> raw) {
        Map<String, ItemDefinition> visible = new LinkedHashMap<>();
        items.stream().filter(item -> item.audience().includes(role)).forEach(item -> visible.put(item.id(), item));
        List<Problem.Violation> problems = new ArrayList<>();
        for (String itemId : raw.keySet()) {
            if (!visible.containsKey(itemId)) {
                problems.add(new Problem.Violation("answers." + itemId, "is not an item of this questionnaire for a " + role.name().toLowerCase()));
            }
        }
        List<Answer> answers = new ArrayList<>();
        for (ItemDefinition item : visible.values()) {
            JsonNode value = raw.get(item.id());
            String at = "answers." + item.id();
            if (value == null || value.isNull() || (value.isTextual() && value.asText().isBlank()) || (value.isArray() && value.isEmpty())) {
                if (item.required()) {
                    problems.add(new Problem.Violation(at, "is required"));
                }
                continue;
            }
            String problem = switch (item.type()) {
                case LIKERT -> value.isIntegralNumber() && value.asInt() >= 1 && value.asInt() <= 5
                        ? add(answers, new Answer(item.id(), value.asInt(), null, null, null, null))
                        : "must be a whole number from 1 (" + item.anchors().get(0) + ") to 5 (" + item.anchors().get(4) + ")";
                case SINGLE_CHOICE -> value.isTextual() && codes(item).contains(value.asText())
                        ? add(answers, new Answer(item.id(), null, value.asText(), null, null, null))
                        : "must be one of " + codes(item);
                case MULTIPLE_CHOICE -> multiple(item, value, answers);
                case NUMERIC -> !value.isNumber() ? "must be a number"
                        : item.min() != null && value.asDouble() < item.min() ? "must be at least " + item.min()
                        : item.max() != null && value.asDouble() > item.max() ? "must be at most " + item.max()
                        : add(answers, new Answer(item.id(), null, null, null, value.asDouble(), null));
                case OPEN_TEXT -> !value.isTextual() ? "must be text"
                        : value.asText().length() > item.maxLength() ? "must be at most " + item.maxLength() + " characters"
                        : add(answers, new Answer(item.id(), null, null, null, null, value.asText().strip()));
            };
            if (problem != null) {
                problems.add(new Problem.Violation(at, problem));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException("invalid-answers", problems.size() + " answer(s) do not fit the questionnaire.", problems);
        }
        return answers;
    }

    private static String multiple(ItemDefinition item, JsonNode value, List<Answer> answers) {
        if (!value.isArray()) {
            return "must be a list of option codes";
        }
        List<String> chosen = new ArrayList<>();
        Set<String> valid = codes(item);
        for (JsonNode element : value) {
            if (!element.isTextual() || !valid.contains(element.asText())) {
                return "has an unknown option " + element + "; options are " + valid;
            }
            if (!chosen.contains(element.asText())) {
                chosen.add(element.asText());
            }
        }
        if (chosen.size() > item.maxSelections()) {
            return "choose at most " + item.maxSelections() + " (got " + chosen.size() + ")";
        }
        return add(answers, new Answer(item.id(), null, null, List.copyOf(chosen), null, null));
    }

    private static Set<String> codes(ItemDefinition item) {
        Set<String> codes = new java.util.LinkedHashSet<>();
        for (ChoiceOption option : item.options()) {
            codes.add(option.code());
        }
        return codes;
    }

    private static String add(List<Answer> answers, Answer answer) {
        answers.add(answer);
        return null;
    }
}
