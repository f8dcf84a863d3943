package org.nearpeer.events.survey;

import java.util.List;

/**
 * A validated answer to one item; exactly one value field is set, by the item's type.
 *
 * @param likert  1–5
 * @param choice  a single choice's option code
 * @param choices a multiple choice's option codes
 * @param number  a numeric answer
 * @param text    an open answer
 */
public record Answer(String itemId, Integer likert, String choice, List<String> choices, Double number, String text) {
}
