package org.nearpeer.survey.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.nearpeer.events.survey.ChoiceOption;
import org.nearpeer.events.survey.ItemDefinition;
import org.nearpeer.http.problem.Problem;
import org.nearpeer.http.problem.RuleViolationException;

/** What makes a set of item definitions a usable instrument. */
final class InstrumentDefinitions {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,63}");

    private InstrumentDefinitions() {
    }

    static void check(List<ItemDefinition> items) {
        List<Problem.Violation> problems = new ArrayList<>();
        if (items == null || items.isEmpty()) {
            problems.add(new Problem.Violation("items", "an instrument needs at least one item"));
        } else {
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < items.size(); i++) {
                ItemDefinition item = items.get(i);
                String at = "items[" + i + "]";
                if (item == null || item.id() == null || !ID.matcher(item.id()).matches()) {
                    problems.add(new Problem.Violation(at + ".id", "lower-case letters, digits and _ , starting with a letter"));
                    continue;
                }
                at = "items." + item.id();
                if (!ids.add(item.id())) {
                    problems.add(new Problem.Violation(at, "appears more than once"));
                }
                if (item.type() == null || item.audience() == null || item.text() == null || item.text().isBlank()) {
                    problems.add(new Problem.Violation(at, "needs a type, an audience and a text"));
                    continue;
                }
                switch (item.type()) {
                    case LIKERT -> {
                        if (item.anchors() == null || item.anchors().size() != 5) {
                            problems.add(new Problem.Violation(at + ".anchors", "a 5-point item needs five anchor labels"));
                        }
                    }
                    case SINGLE_CHOICE, MULTIPLE_CHOICE -> checkOptions(item, at, problems);
                    case NUMERIC -> {
                        if (item.min() != null && item.max() != null && item.max() < item.min()) {
                            problems.add(new Problem.Violation(at + ".max", "must not be below min"));
                        }
                    }
                    case OPEN_TEXT -> {
                        if (item.maxLength() == null || item.maxLength() < 1 || item.maxLength() > 10_000) {
                            problems.add(new Problem.Violation(at + ".maxLength", "must be between 1 and 10000"));
                        }
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException("invalid-instrument", problems.size() + " problem(s) in the item definitions.", problems);
        }
    }

    private static void checkOptions(ItemDefinition item, String at, List<Problem.Violation> problems) {
        List<ChoiceOption> options = item.options();
        if (options == null || options.size() < 2) {
            problems.add(new Problem.Violation(at + ".options", "a choice item needs at least two options"));
            return;
        }
        Set<String> codes = new HashSet<>();
        for (ChoiceOption option : options) {
            if (option == null || option.code() == null || !CODE.matcher(option.code()).matches() || !codes.add(option.code())
                    || option.label() == null || option.label().isBlank()) {
                problems.add(new Problem.Violation(at + ".options", "each option needs a unique code and a label"));
                return;
            }
        }
        if (item.type() == org.nearpeer.events.vocabulary.ItemType.MULTIPLE_CHOICE
                && (item.maxSelections() == null || item.maxSelections() < 1 || item.maxSelections() > options.size())) {
            problems.add(new Problem.Violation(at + ".maxSelections", "must be between 1 and the number of options"));
        }
    }
}
