package org.nearpeer.backbone.outbox;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/** How many committed events wait for the relay, how old the oldest one is, and how many incoming events are parked. */
@ApplicationScoped
public class OutboxBacklog {

    private final AgroalDataSource dataSource;

    public OutboxBacklog(AgroalDataSource dataSource, MeterRegistry registry) {
        this.dataSource = dataSource;
        Gauge.builder("nearpeer.outbox.backlog", this, b -> b.safeRead().pending())
                .description("Committed events not yet acknowledged by Kafka").register(registry);
        Gauge.builder("nearpeer.outbox.relay.lag.seconds", this, b -> b.safeRead().oldestAge().toMillis() / 1000.0)
                .description("Age of the oldest unsent event").register(registry);
        Gauge.builder("nearpeer.inbox.parked.events", this, b -> b.safeRead().parked())
                .description("Incoming events waiting for a prerequisite").register(registry);
    }

    /**
     * @param pending   committed events not yet acknowledged by Kafka
     * @param oldestAge age of the oldest of them
     * @param parked    incoming events parked until a prerequisite arrives
     */
    public record Snapshot(long pending, Duration oldestAge, long parked) {
    }

    public Snapshot read() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("""
                        select (select count(*) from outbox_event where sent_at is null),
                               (select min(timestamp) from outbox_event where sent_at is null),
                               (select count(*) from parked_event)""")) {
            rs.next();
            Timestamp oldest = rs.getTimestamp(2);
            return new Snapshot(rs.getLong(1), oldest == null ? Duration.ZERO : Duration.between(oldest.toInstant(), Instant.now()),
                    rs.getLong(3));
        }
    }

    private Snapshot safeRead() {
        try {
            return read();
        } catch (SQLException e) {
            return new Snapshot(-1, Duration.ZERO, -1);
        }
    }
}
