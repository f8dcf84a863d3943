package org.nearpeer.events.enrollment;

import java.util.List;

import org.nearpeer.events.NearpeerEvent;

/**
 * A platform administrator registered a school (the tenant). The school id travels in the envelope.
 *
 * @param name                 the school's name
 * @param campuses             its campuses, e.g. a premedical and a medical campus
 * @param yearLevels           its curriculum's year levels, in order (e.g. PY1, PY2, Y1 … Y4)
 * @param locale               BCP 47 language tag for texts and reports
 * @param timeZone             IANA time zone of the school
 * @param suppressionThreshold counts below this are suppressed in shared research feeds
 */
public record SchoolRegistered(String name, List<String> campuses, List<String> yearLevels, String locale, String timeZone,
        int suppressionThreshold) implements NearpeerEvent {
}
