package org.nearpeer.events;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads {@code ce_time}. Producers write {@link Instant#toString()} (UTC, {@code Z}, fraction in
 * groups of three digits); that form is read directly, which is several times cheaper than the
 * general ISO parser — a replay reads one per event. Anything else goes to {@link Instant#parse}.
 */
final class CloudEventTime {

    private static final int[] NANO_SCALE = {0, 0, 0, 1_000_000, 0, 0, 1_000, 0, 0, 1};

    private CloudEventTime() {
    }

    /** @throws java.time.format.DateTimeParseException when the text is not an ISO-8601 instant */
    static Instant parse(String text) {
        Instant canonical = canonical(text);
        return canonical != null ? canonical : Instant.parse(text);
    }

    /** {@code yyyy-MM-ddTHH:mm:ss[.fff[fff[fff]]]Z}, or null when the text has another shape or an impossible date. */
    private static Instant canonical(String text) {
        int length = text.length();
        if (length < 20 || text.charAt(length - 1) != 'Z' || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return null;
        }
        int fractionDigits = 0;
        if (length > 20) {
            fractionDigits = length - 21;
            if (text.charAt(19) != '.' || fractionDigits > 9 || NANO_SCALE[fractionDigits] == 0) {
                return null;
            }
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        int fraction = fractionDigits == 0 ? 0 : digits(text, 20, fractionDigits);
        if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59 || fraction < 0) {
            return null;
        }
        try {
            long epochDay = LocalDate.of(year, month, day).toEpochDay();
            return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600L + minute * 60L + second,
                    fractionDigits == 0 ? 0 : (long) fraction * NANO_SCALE[fractionDigits]);
        } catch (DateTimeException e) {
            return null; // e.g. February 30: the general parser reports it
        }
    }

    /** The decimal value of {@code count} ASCII digits, or -1 when one is not a digit. */
    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
