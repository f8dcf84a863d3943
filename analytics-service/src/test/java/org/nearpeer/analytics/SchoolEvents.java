package org.nearpeer.analytics;

import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;
import org.nearpeer.events.NearpeerEvent;
import org.nearpeer.testing.TestEventProducer;

/** A fresh school for one test, and its events published to the real broker as a producing service would. */
final class SchoolEvents implements AutoCloseable {

    private final String school = "school-" + UUID.randomUUID().toString().substring(0, 8);
    private final String source;
    private final TestEventProducer producer = new TestEventProducer(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));

    SchoolEvents(String source) {
        this.source = source;
    }

    String school() {
        return school;
    }

    /** An event of the cycle (or of the school, with a null cycle). */
    void publish(UUID cycleId, NearpeerEvent event) {
        producer.publish(TestEventProducer.envelope(source, school, cycleId, "x", event));
    }

    @Override
    public void close() {
        producer.close();
    }
}
