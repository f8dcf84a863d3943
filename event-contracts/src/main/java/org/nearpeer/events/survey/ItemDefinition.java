package org.nearpeer.events.survey;

import java.util.List;

import org.nearpeer.events.vocabulary.Audience;
import org.nearpeer.events.vocabulary.ItemType;

/**
 * One item of an instrument, complete enough that analytics needs no call back.
 *
 * @param id            stable within the instrument, e.g. {@code program_appropriate}
 * @param text          the wording (used for a role without its own wording)
 * @param menteeText    wording for mentees, if different
 * @param mentorText    wording for mentors, if different
 * @param options       choice items' options
 * @param maxSelections multiple choice: at most this many
 * @param min           numeric: lowest value
 * @param max           numeric: highest value
 * @param maxLength     open text: longest answer
 * @param anchors       Likert: the five labels from 1 to 5
 */
public record ItemDefinition(String id, ItemType type, Audience audience, String text, String menteeText, String mentorText,
        List<ChoiceOption> options, Integer maxSelections, Double min, Double max, Integer maxLength, List<String> anchors,
        boolean required) {
}
