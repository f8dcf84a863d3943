package org.nearpeer.analytics.application;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.nearpeer.analytics.messaging.Subscriptions;
import org.nearpeer.analytics.messaging.Subscriptions.Subscription;
import org.nearpeer.backbone.config.KafkaClientSettings;
import org.nearpeer.backbone.inbox.EventHandlers;
import org.nearpeer.backbone.inbox.IdempotentConsumer;
import org.nearpeer.http.problem.ConflictException;
import org.nearpeer.tenancy.SchoolContext;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Rebuilds every analytics projection from the topics: empties the projections and their dedupe
 * records in one transaction, then replays each topic from its first retained record up to the end
 * it had when the rebuild started, through the same handlers and dedupe names as the live
 * consumers — first the prerequisites that sit on other partitions (instruments), then everything,
 * so that replayed responses do not wait in the parking lot, which applies them one at a time. The
 * live consumers keep running: whichever of the two applies an event first records it, the other
 * skips it, and the projections do not depend on the order events arrive in (parked
 * prerequisites, revision numbers, tombstones, event times) — so the result equals a fresh
 * consumption of the same topics.
 */
@ApplicationScoped
public class ProjectionRebuild {

    private static final Logger LOG = Logger.getLogger(ProjectionRebuild.class);
    private static final List<String> PROJECTION_TABLES = List.of("cycle_overview", "survey_instrument", "counted_response", "erased_response",
            "likert_cell", "choice_cell", "school_setting", "participant", "campaign", "pair_record", "logged_session", "approved_hours");

    /** Where a rebuild stands; {@code events} of {@code total} records replayed. */
    public record Progress(UUID id, String state, Instant startedAt, Instant finishedAt, long events, long total, long poison,
            Double eventsPerSecond, String error) {
    }

    private final IdempotentConsumer inbox;
    /** Replay threads, each with its own consumer and transactions. */
    private final int workers;
    private final Subscriptions subscriptions;
    private final EntityManager em;
    private final KafkaClientSettings kafka;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "analytics-rebuild"));
    private final AtomicReference<Progress> current = new AtomicReference<>();

    public ProjectionRebuild(IdempotentConsumer inbox, Subscriptions subscriptions, EntityManager em,
            KafkaClientSettings kafka, @ConfigProperty(name = "nearpeer.analytics.rebuild.workers", defaultValue = "2") int workers) {
        this.workers = Math.max(1, workers);
        this.inbox = inbox;
        this.subscriptions = subscriptions;
        this.em = em;
        this.kafka = kafka;
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    public Optional<Progress> progress() {
        return Optional.ofNullable(current.get());
    }

    /** Starts a rebuild in the background. */
    public Progress start() {
        Progress started = new Progress(UUID.randomUUID(), "RUNNING", Instant.now(), null, 0, 0, 0, null, null);
        Progress previous = current.getAndUpdate(p -> p != null && p.state().equals("RUNNING") ? p : started);
        if (previous != null && previous.state().equals("RUNNING")) {
            throw new ConflictException("rebuild-running", "A rebuild is already running (" + previous.id() + "); wait for it to finish.");
        }
        worker.submit(() -> run(started));
        return started;
    }

    private void run(Progress started) {
        try {
            reset();
            replay(started);
        } catch (RuntimeException e) {
            LOG.error("Rebuild failed", e);
            current.updateAndGet(p -> new Progress(p.id(), "FAILED", p.startedAt(), Instant.now(), p.events(), p.total(), p.poison(), null,
                    e.getMessage()));
        }
    }

    private void reset() {
        SchoolContext.runAs(SchoolContext.ALL_SCHOOLS, () -> QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("truncate table " + String.join(", ", PROJECTION_TABLES)).executeUpdate();
            inbox.forget("analytics.");
        }));
        LOG.info("Rebuild: projections emptied, replaying topics");
    }

    private void replay(Progress started) {
        Map<String, Subscription> byTopic = new HashMap<>();
        subscriptions.all().forEach(s -> byTopic.put(s.topic().topicName(), s));
        long startNanos = System.nanoTime();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProperties())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : byTopic.keySet()) {
                consumer.partitionsFor(topic, Duration.ofSeconds(30)).forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
            }
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = new HashMap<>(consumer.endOffsets(partitions));
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
            long total = partitions.stream().mapToLong(p -> end.get(p) - begin.get(p)).sum();
            end.entrySet().removeIf(e -> e.getValue() <= begin.get(e.getKey()));
            Tally tally = new Tally(started, total, startNanos);
            update(started, 0, total, 0, startNanos, "RUNNING");
            // First the prerequisites that sit on other partitions than the events waiting for them
            // (not counted: the full pass sees them again and skips them as applied).
            Map<TopicPartition, Long> withPrerequisites = new HashMap<>(end);
            withPrerequisites.keySet().removeIf(p -> byTopic.get(p.topic()).prerequisites().isEmpty());
            pass(consumer, partitions, withPrerequisites, byTopic, Subscription::prerequisites, null);
            replayInParallel(consumer, partitions, end, begin, byTopic, tally);
            update(started, tally.events(), total, tally.poison(), startNanos, "DONE");
            LOG.infof("Rebuild: replayed %d events (%d poison) with %d workers in %s", tally.events(), tally.poison(), workers,
                    Duration.ofNanos(System.nanoTime() - startNanos));
        }
    }

    /**
     * The full pass, its partitions dealt to the workers by size (the largest first, each to the
     * worker with the fewest records so far: cycles hash unevenly over the partitions), each worker
     * with its own consumer and transactions. A partition stays with one worker, so its order is
     * kept; projections do not depend on the order across partitions.
     */
    private void replayInParallel(KafkaConsumer<String, String> consumer, List<TopicPartition> partitions, Map<TopicPartition, Long> end,
            Map<TopicPartition, Long> begin, Map<String, Subscription> byTopic, Tally tally) {
        Map<TopicPartition, Long> records = new HashMap<>();
        end.forEach((partition, last) -> records.put(partition, last - begin.get(partition)));
        List<Map<TopicPartition, Long>> shares = deal(records, workers).stream()
                .map(share -> {
                    Map<TopicPartition, Long> ends = new HashMap<>();
                    share.forEach(partition -> ends.put(partition, end.get(partition)));
                    return ends;
                }).toList();
        int count = shares.size();
        ExecutorService helpers = Executors.newFixedThreadPool(Math.max(1, count - 1), r -> new Thread(r, "analytics-rebuild-worker"));
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Map<TopicPartition, Long> share : shares.subList(1, count)) {
                running.add(helpers.submit(() -> {
                    try (KafkaConsumer<String, String> own = new KafkaConsumer<>(consumerProperties())) {
                        List<TopicPartition> mine = List.copyOf(share.keySet());
                        own.assign(mine);
                        pass(own, mine, share, byTopic, Subscription::handlers, tally);
                    }
                }));
            }
            pass(consumer, partitions, shares.get(0), byTopic, Subscription::handlers, tally);
            for (Future<?> worker : running) {
                unblocked(worker::get);
            }
        } finally {
            helpers.shutdownNow();
        }
    }

    /**
     * Deals partitions to at most {@code workers} shares of about equal records: the largest
     * first, each to the share with the fewest so far (ties to the earlier share, partitions of
     * equal size by topic and number), so every worker finishes at about the same time.
     */
    static List<List<TopicPartition>> deal(Map<TopicPartition, Long> records, int workers) {
        List<TopicPartition> largestFirst = records.keySet().stream()
                .sorted(java.util.Comparator.comparing((TopicPartition p) -> -records.get(p))
                        .thenComparing(TopicPartition::topic).thenComparing(TopicPartition::partition))
                .toList();
        int count = Math.max(1, Math.min(workers, largestFirst.size()));
        List<List<TopicPartition>> shares = new ArrayList<>();
        long[] dealt = new long[count];
        for (int w = 0; w < count; w++) {
            shares.add(new ArrayList<>());
        }
        for (TopicPartition partition : largestFirst) {
            int lightest = 0;
            for (int w = 1; w < count; w++) {
                lightest = dealt[w] < dealt[lightest] ? w : lightest;
            }
            shares.get(lightest).add(partition);
            dealt[lightest] += records.get(partition);
        }
        return shares;
    }

    /** A blocking call of the rebuild's own threads. */
    private interface Blocking<T> {
        T call() throws InterruptedException, java.util.concurrent.ExecutionException;
    }

    /** Runs a blocking call; a helper thread's failure is rethrown as it was, an interrupt ends the rebuild. */
    private static <T> T unblocked(Blocking<T> call) {
        try {
            return call.call();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("rebuild interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    /** What the counted pass has replayed so far, over all workers. */
    private final class Tally {
        private final Progress started;
        private final long total;
        private final long startNanos;
        private long events;
        private long poison;

        Tally(Progress started, long total, long startNanos) {
            this.started = started;
            this.total = total;
            this.startNanos = startNanos;
        }

        synchronized void add(long replayed, long poisoned) {
            events += replayed;
            poison += poisoned;
            update(started, events, total, poison, startNanos, "RUNNING");
        }

        synchronized long events() {
            return events;
        }

        synchronized long poison() {
            return poison;
        }
    }

    /**
     * One pass over every partition from its beginning to the end it had when the rebuild started.
     * A reader thread polls and decodes the next records while this thread applies the previous
     * ones (decoding is a third of the work; the queue is short, so memory stays bounded).
     */
    private void pass(KafkaConsumer<String, String> consumer, List<TopicPartition> partitions, Map<TopicPartition, Long> endOffsets,
            Map<String, Subscription> byTopic, Function<Subscription, EventHandlers> handlersOf, Tally tally) {
        BlockingQueue<List<DecodedTopicBatch>> decoded = new ArrayBlockingQueue<>(2);
        ExecutorService reader = Executors.newSingleThreadExecutor(r -> new Thread(r, Thread.currentThread().getName() + "-reader"));
        try {
            Future<?> reading = reader.submit(() -> {
                read(consumer, partitions, endOffsets, byTopic, handlersOf, decoded);
                return null;
            });
            while (true) {
                List<DecodedTopicBatch> poll = unblocked(() -> decoded.poll(1, TimeUnit.SECONDS));
                if (poll == null) {
                    if (reading.isDone()) {
                        unblocked(reading::get); // the reader failed without handing over the end
                        throw new IllegalStateException("rebuild reader stopped early");
                    }
                    continue;
                }
                if (poll == END_OF_PASS) {
                    break;
                }
                for (DecodedTopicBatch batch : poll) {
                    long[] poisoned = {0};
                    // the live consumer dead-lettered poison records already: count them only
                    inbox.apply(batch.subscription().consumer(), batch.records(), handlersOf.apply(batch.subscription()),
                            (record, reason) -> poisoned[0]++);
                    if (tally != null) {
                        tally.add(batch.records().items().size() + batch.skipped(), poisoned[0]);
                    }
                }
            }
            unblocked(reading::get);
        } finally {
            reader.shutdownNow();
        }
    }

    /** A topic's share of one poll, decoded; {@code skipped} records of types these handlers do not take. */
    private record DecodedTopicBatch(Subscription subscription, IdempotentConsumer.DecodedBatch records, int skipped) {
    }

    private static final List<DecodedTopicBatch> END_OF_PASS = java.util.Collections.unmodifiableList(new ArrayList<>());

    private void read(KafkaConsumer<String, String> consumer, List<TopicPartition> partitions, Map<TopicPartition, Long> endOffsets,
            Map<String, Subscription> byTopic, Function<Subscription, EventHandlers> handlersOf, BlockingQueue<List<DecodedTopicBatch>> decoded)
            throws InterruptedException {
        Map<TopicPartition, Long> end = new HashMap<>(endOffsets);
        consumer.resume(partitions);
        consumer.seekToBeginning(partitions);
        consumer.pause(partitions.stream().filter(p -> !end.containsKey(p)).toList());
        while (!end.isEmpty()) {
            Map<String, List<ConsumerRecord<String, String>>> batches = new HashMap<>();
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                Long last = end.get(new TopicPartition(record.topic(), record.partition()));
                if (last != null && record.offset() < last) {
                    batches.computeIfAbsent(record.topic(), t -> new ArrayList<>()).add(record);
                }
            }
            List<DecodedTopicBatch> poll = new ArrayList<>();
            for (var batch : batches.entrySet()) {
                Subscription subscription = byTopic.get(batch.getKey());
                IdempotentConsumer.DecodedBatch records = inbox.decode(subscription.consumer(), batch.getValue(), handlersOf.apply(subscription));
                poll.add(new DecodedTopicBatch(subscription, records, batch.getValue().size() - records.items().size()));
            }
            if (!poll.isEmpty()) {
                decoded.put(poll);
            }
            // By position, not by the last record seen: transaction markers occupy offsets too.
            for (TopicPartition partition : List.copyOf(end.keySet())) {
                if (consumer.position(partition) >= end.get(partition)) {
                    end.remove(partition);
                    consumer.pause(List.of(partition));
                }
            }
        }
        decoded.put(END_OF_PASS);
    }

    private void update(Progress started, long events, long total, long poison, long startNanos, String state) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        current.set(new Progress(started.id(), state, started.startedAt(), state.equals("DONE") ? Instant.now() : null, events, total, poison,
                seconds > 0 ? events / seconds : null, null));
    }

    private Properties consumerProperties() {
        Properties props = kafka.consumer();
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        return props;
    }
}
