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

/** How many committed events wait for the relay, and how old the oldest one is. */
@ApplicationScoped
public class OutboxBacklog {

    private final AgroalDataSource dataSource;

    public OutboxBacklog(AgroalDataSource dataSource, MeterRegistry registry) {
        this.dataSource = dataSource;
        Gauge.builder("nearpeer.outbox.backlog", this, b -> b.safeRead().pending())
                .description("Committed events not yet acknowledged by Kafka").register(registry);
        Gauge.builder("nearpeer.outbox.relay.lag.seconds", this, b -> b.safeRead().oldestAge().toMillis() / 1000.0)
                .description("Age of the oldest unsent event").register(registry);
    }

    public record Snapshot(long pending, Duration oldestAge) {
    }

    public Snapshot read() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select count(*), min(timestamp) from outbox_event where sent_at is null")) {
            rs.next();
            Timestamp oldest = rs.getTimestamp(2);
            return new Snapshot(rs.getLong(1), oldest == null ? Duration.ZERO : Duration.between(oldest.toInstant(), Instant.now()));
        }
    }

    private Snapshot safeRead() {
        try {
            return read();
        } catch (SQLException e) {
            return new Snapshot(-1, Duration.ZERO);
        }
    }
}
