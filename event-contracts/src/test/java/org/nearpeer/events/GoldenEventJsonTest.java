package org.nearpeer.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.nearpeer.events.enrollment.CycleCreated;

/**
 * Guards the wire format: each event type's JSON equals its committed golden file, and the
 * golden files (written by older producers) still parse. Run with {@code -Dgolden.update=true}
 * once to write the file of a newly added type; never rewrite an existing one.
 */
class GoldenEventJsonTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @Test
    void everyRegisteredTypeHasASample() {
        assertThat(EventSamples.BY_TYPE.keySet()).containsExactlyInAnyOrderElementsOf(EventCatalog.all());
    }

    @TestFactory
    Stream<DynamicTest> serializedPayloadEqualsTheGoldenFile() {
        return EventCatalog.all().stream().map(type -> DynamicTest.dynamicTest(type.cloudEventType(), () -> {
            NearpeerEvent sample = EventSamples.BY_TYPE.get(type);
            assertThat(sample).as("sample of " + type.cloudEventType()).isNotNull();
            String json = EventJson.write(sample);
            Path file = GOLDEN.resolve(type.cloudEventType() + ".json");
            if (Files.notExists(file) && Boolean.getBoolean("golden.update")) {
                Files.writeString(file, json + "\n");
            }
            assertThat(json).isEqualTo(readGolden(file));
        }));
    }

    @TestFactory
    Stream<DynamicTest> goldenFileParsesIntoTheSample() {
        return EventCatalog.all().stream().map(type -> DynamicTest.dynamicTest(type.cloudEventType(), () -> {
            NearpeerEvent parsed = EventJson.read(readGolden(GOLDEN.resolve(type.cloudEventType() + ".json")), type.payloadType());
            assertThat(parsed).isEqualTo(EventSamples.BY_TYPE.get(type));
        }));
    }

    @Test
    void consumersIgnoreFieldsAddedByNewerProducers() {
        String newer = """
                {"semester":"2026-fall","title":"t","applicationOpensOn":"2026-08-24",
                 "applicationClosesOn":"2026-09-11","addedLater":{"x":1}}""";
        assertThat(EventJson.read(newer, CycleCreated.class).semester()).isEqualTo("2026-fall");
    }

    @Test
    void malformedPayloadIsReportedAsMalformedEvent() {
        assertThatThrownBy(() -> EventJson.read("{not json", CycleCreated.class)).isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> EventJson.read("null", CycleCreated.class)).isInstanceOf(MalformedEventException.class);
    }

    @Test
    void cloudEventTypeCarriesTheVersion() {
        assertThat(EventCatalog.CYCLE_CREATED.cloudEventType()).isEqualTo("nearpeer.enrollment.CycleCreated.v1");
        assertThat(EventCatalog.byCloudEventType("nearpeer.enrollment.CycleCreated.v1")).contains(EventCatalog.CYCLE_CREATED);
    }

    private static String readGolden(Path file) throws IOException {
        return Files.readString(file).strip();
    }
}
