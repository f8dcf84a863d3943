package org.nearpeer.events.enrollment;

import java.time.LocalDate;

import org.nearpeer.events.NearpeerEvent;

/**
 * A school created a program cycle for one semester (still a draft: nobody can apply yet).
 * The cycle id and school travel in the envelope.
 *
 * @param semester           e.g. {@code 2026-fall}
 * @param title              what the school calls this cycle
 * @param applicationOpensOn first day students may apply
 * @param applicationClosesOn last day students may apply
 */
public record CycleCreated(String semester, String title, LocalDate applicationOpensOn, LocalDate applicationClosesOn)
        implements NearpeerEvent {
}
