package org.nearpeer.backbone.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;
import org.nearpeer.backbone.config.EventBackboneConfig;
import org.postgresql.PGConnection;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Ships committed outbox rows to Kafka. One instance per service holds a transaction-scoped
 * advisory lock while it works, so several replicas never interleave one key's events; it claims
 * rows with {@code FOR UPDATE SKIP LOCKED} in commit-sequence order, sends them with an
 * idempotent producer ({@code acks=all}) and marks them sent only after the broker acknowledged
 * them. A crash before the mark resends the batch; consumers deduplicate by event id.
 * It wakes on PostgreSQL {@code NOTIFY} from the outbox insert trigger and otherwise polls.
 */
@ApplicationScoped
public class OutboxRelay {

    static final String CHANNEL = "nearpeer_outbox";
    private static final long RELAY_LOCK_KEY = 0x6e706f7574626f78L; // "npoutbox"
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(200);
    private static final Duration PURGE_EVERY = Duration.ofMinutes(10);
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final AgroalDataSource dataSource;
    private final EventBackboneConfig config;
    private final org.nearpeer.backbone.config.KafkaClientSettings kafka;
    private final Counter sentCounter;
    private final Timer relayDelay;

    private volatile boolean running;
    private volatile Thread worker;
    private Producer<String, String> producer;
    private Connection listener;
    private boolean topicsReady;
    private Instant lastPurge = Instant.EPOCH;

    public OutboxRelay(AgroalDataSource dataSource, EventBackboneConfig config, MeterRegistry registry,
            org.nearpeer.backbone.config.KafkaClientSettings kafka) {
        this.dataSource = dataSource;
        this.config = config;
        this.kafka = kafka;
        this.sentCounter = Counter.builder("nearpeer.outbox.sent").description("Outbox events acknowledged by Kafka").register(registry);
        this.relayDelay = Timer.builder("nearpeer.outbox.relay.delay")
                .description("Time from the producing commit to the broker's acknowledgement")
                .publishPercentiles(0.5, 0.99).register(registry);
    }

    void onStart(@Observes StartupEvent event) {
        if (config.outbox().relayEnabled()) {
            start();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        worker = Thread.ofPlatform().name("outbox-relay").daemon().start(this::run);
    }

    public synchronized void stop() {
        running = false;
        Thread current = worker;
        if (current != null) {
            try {
                current.join(config.outbox().sendTimeout().toMillis() + 5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        worker = null;
    }

    public boolean isRunning() {
        return running && worker != null && worker.isAlive();
    }

    private void run() {
        Duration backoff = FIRST_BACKOFF;
        try {
            while (running) {
                try {
                    ensureTopics();
                    listen();
                    BatchResult result = relayOnce();
                    if (result.failure() != null) {
                        throw result.failure();
                    }
                    backoff = FIRST_BACKOFF;
                    purgeIfDue();
                    if (result.claimed() < config.outbox().batchSize()) {
                        awaitNotification();
                    }
                } catch (Exception e) {
                    if (!running) {
                        break;
                    }
                    LOG.warnf("Outbox relay cannot ship events right now (%s); retrying in %d ms", describe(e), backoff.toMillis());
                    closeListener();
                    sleep(backoff);
                    backoff = backoff.multipliedBy(2).compareTo(config.outbox().maxBackoff()) > 0 ? config.outbox().maxBackoff() : backoff.multipliedBy(2);
                }
            }
        } finally {
            closeListener();
            if (producer != null) {
                producer.close(Duration.ofSeconds(5));
                producer = null;
            }
        }
    }

    private record BatchResult(int claimed, Exception failure) {
    }

    private BatchResult relayOnce() {
        int timeoutSeconds = (int) config.outbox().sendTimeout().toSeconds() + 30;
        return QuarkusTransaction.requiringNew().timeout(timeoutSeconds).call(() -> {
            try (Connection connection = dataSource.getConnection()) {
                if (!tryRelayLock(connection)) {
                    return new BatchResult(0, null); // another replica is relaying
                }
                List<OutboxRow> rows = claim(connection);
                if (rows.isEmpty()) {
                    return new BatchResult(0, null);
                }
                Sent sent = send(rows);
                markSent(connection, sent.acknowledged());
                return new BatchResult(rows.size(), sent.failure());
            }
        });
    }

    private record Sent(List<UUID> acknowledged, Exception failure) {
    }

    /**
     * Sends a batch and waits for the acknowledgements. After the first failure of a key, later
     * rows of that key are not marked sent even if acknowledged, so the retry resends them after
     * the failed one (a duplicate the consumers drop) rather than leaving a gap in the order.
     */
    private Sent send(List<OutboxRow> rows) {
        Producer<String, String> kafka = producer();
        List<Future<RecordMetadata>> futures = new ArrayList<>(rows.size());
        Exception failure = null;
        for (OutboxRow row : rows) {
            try {
                futures.add(kafka.send(row.toRecord()));
            } catch (RuntimeException e) {
                futures.add(null);
                failure = failure == null ? e : failure;
            }
        }
        long deadline = System.nanoTime() + config.outbox().sendTimeout().toNanos();
        Set<String> failedKeys = new HashSet<>();
        List<UUID> acknowledged = new ArrayList<>(rows.size());
        Instant now = Instant.now();
        for (int i = 0; i < rows.size(); i++) {
            OutboxRow row = rows.get(i);
            Future<RecordMetadata> future = futures.get(i);
            try {
                if (future == null) {
                    throw new IllegalStateException("not sent");
                }
                future.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (!failedKeys.contains(row.key())) {
                    acknowledged.add(row.id());
                    relayDelay.record(Duration.between(row.time(), now));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failedKeys.add(row.key());
                failure = failure == null ? e : failure;
            } catch (Exception e) {
                failedKeys.add(row.key());
                failure = failure == null ? e : failure;
            }
        }
        sentCounter.increment(acknowledged.size());
        return new Sent(acknowledged, failure);
    }

    private List<OutboxRow> claim(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select " + OutboxRow.COLUMNS
                + " from outbox_event where sent_at is null order by seq limit ? for update skip locked")) {
            statement.setInt(1, config.outbox().batchSize());
            try (ResultSet rs = statement.executeQuery()) {
                List<OutboxRow> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(OutboxRow.from(rs));
                }
                return rows;
            }
        }
    }

    private static void markSent(Connection connection, List<UUID> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement("update outbox_event set sent_at = now() where id = any(?)")) {
            statement.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
            statement.executeUpdate();
        }
    }

    private static boolean tryRelayLock(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
            statement.setLong(1, RELAY_LOCK_KEY);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private void purgeIfDue() {
        Instant now = Instant.now();
        if (Duration.between(lastPurge, now).compareTo(PURGE_EVERY) < 0) {
            return;
        }
        lastPurge = now;
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement statement = connection.prepareStatement(
                            "delete from outbox_event where sent_at is not null and sent_at < now() - make_interval(secs => ?)")) {
                statement.setLong(1, config.outbox().retainSent().toSeconds());
                int purged = statement.executeUpdate();
                if (purged > 0) {
                    LOG.debugf("Purged %d sent outbox rows", purged);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private void ensureTopics() throws Exception {
        if (!topicsReady && config.topics().provision()) {
            KafkaTopics.provision(kafka.admin(), config.topics());
        }
        topicsReady = true;
    }

    private void listen() throws SQLException {
        if (listener != null) {
            return;
        }
        Connection connection = dataSource.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("listen " + CHANNEL);
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        listener = connection;
    }

    private void awaitNotification() throws SQLException {
        PGConnection pg = listener.unwrap(PGConnection.class);
        // Returns early on the first NOTIFY; one notification may stand for many commits.
        pg.getNotifications((int) config.outbox().pollInterval().toMillis());
    }

    private void closeListener() {
        if (listener != null) {
            try {
                listener.close();
            } catch (SQLException | RuntimeException ignored) {
                // the connection is broken anyway (the pool's interceptors may say so with a runtime exception)
            }
            listener = null;
        }
    }

    private Producer<String, String> producer() {
        if (producer == null) {
            Properties props = kafka.producer();
            props.put(ProducerConfig.CLIENT_ID_CONFIG, config.source() + "-outbox-relay");
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
            props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
            props.put(ProducerConfig.BATCH_SIZE_CONFIG, 65_536);
            props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
            props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
            props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) Math.max(15_000, config.outbox().sendTimeout().toMillis()));
            props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            producer = new KafkaProducer<>(props);
        }
        return producer;
    }

    private void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private static String describe(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
