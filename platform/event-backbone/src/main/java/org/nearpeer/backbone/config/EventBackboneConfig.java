package org.nearpeer.backbone.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the outbox relay and topic provisioning, under {@code nearpeer.events}. */
@ConfigMapping(prefix = "nearpeer.events")
public interface EventBackboneConfig {

    /** The producing service's name; the CloudEvents source is {@code /nearpeer/<source>}. */
    String source();

    Outbox outbox();

    Topics topics();

    interface Outbox {
        /** Run the relay in this instance (turned off only by tests that drive it by hand). */
        @WithDefault("true")
        boolean relayEnabled();

        /** Events claimed and sent per relay transaction. */
        @WithDefault("500")
        int batchSize();

        /** How long the relay waits for a commit notification before looking anyway. */
        @WithDefault("1s")
        Duration pollInterval();

        /** Upper bound of the retry backoff while Kafka or the database is unavailable. */
        @WithDefault("15s")
        Duration maxBackoff();

        /** How long the relay waits for the broker to acknowledge a batch. */
        @WithDefault("20s")
        Duration sendTimeout();

        /** Sent rows older than this are purged. */
        @WithDefault("7d")
        Duration retainSent();
    }

    interface Topics {
        /** Create the event topics at start-up when missing (off where an operator owns topics). */
        @WithDefault("true")
        boolean provision();

        @WithDefault("6")
        int partitions();

        @WithDefault("1")
        short replicationFactor();
    }
}
