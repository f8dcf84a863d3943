package org.nearpeer.events.survey;

/** An option of a choice item: a stable code and the label shown. */
public record ChoiceOption(String code, String label) {
}
