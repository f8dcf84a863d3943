package org.nearpeer.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CloudEventTimeTest {

    @Test
    void readsWhatInstantToStringWritesAtEveryPrecision() {
        SplittableRandom random = new SplittableRandom(20261125);
        long from = Instant.parse("0001-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        for (int i = 0; i < 100_000; i++) {
            long nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000L;
                case 2 -> random.nextInt(1_000_000) * 1_000L;
                default -> random.nextInt(1_000_000_000);
            };
            Instant instant = Instant.ofEpochSecond(random.nextLong(from, to + 1), nanos);
            assertThat(CloudEventTime.parse(instant.toString())).isEqualTo(instant);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-25T10:15:30+01:00", "2026-11-25T10:15:30.5Z", "2026-11-25T10:15:30.1234Z", "+10000-01-01T00:00:00Z",
            "2024-02-29T23:59:59.999999999Z", "2026-11-25t10:15:30z",
            "2026-11-25T24:00:00Z", "2026-11-25T10:15:30.Z"})
    void readsOtherIsoFormsLikeInstantParse(String text) {
        Instant expected;
        try {
            expected = Instant.parse(text);
        } catch (DateTimeParseException e) {
            assertThatThrownBy(() -> CloudEventTime.parse(text)).isInstanceOf(DateTimeParseException.class);
            return;
        }
        assertThat(CloudEventTime.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30T00:00:00Z", "2026-13-01T00:00:00Z", "2026-11-25T10:60:00Z", 
            "2026-11-25T10:15:3xZ", "2026-11-25 10:15:30Z", "2026-11-25T10:15:30", "yesterday", ""})
    void rejectsWhatIsNotAnInstant(String text) {
        assertThatThrownBy(() -> CloudEventTime.parse(text)).isInstanceOf(DateTimeParseException.class);
    }
}
