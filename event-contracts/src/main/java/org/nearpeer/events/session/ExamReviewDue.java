package org.nearpeer.events.session;

import java.time.LocalDate;
import java.util.UUID;

import org.nearpeer.events.NearpeerEvent;

/** An exam the school entered is two weeks away: pairs are reminded to hold an exam review session. */
public record ExamReviewDue(UUID examId, LocalDate examOn) implements NearpeerEvent {
}
