package org.nearpeer.bench;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.nearpeer.events.EventCatalog;
import org.nearpeer.events.EventEnvelope;
import org.nearpeer.events.EventJson;
import org.nearpeer.events.KafkaCloudEventBinding;
import org.nearpeer.events.NearpeerEvent;
import org.nearpeer.events.Topic;
import org.nearpeer.events.survey.Answer;
import org.nearpeer.events.survey.InstrumentPublished;
import org.nearpeer.events.survey.ItemDefinition;
import org.nearpeer.events.survey.ResponseSubmitted;
import org.nearpeer.events.vocabulary.Audience;
import org.nearpeer.events.vocabulary.ItemType;
import org.nearpeer.events.vocabulary.ParticipantRole;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code ./nearpeer bench analytics}: against a running stack ({@code ./nearpeer up --detach}),
 * survey responses published as the survey service's outbox would publish them, then
 * <ol>
 * <li>live consumption: how fast analytics applies a backlog;</li>
 * <li>the raw Kafka consumer rate over every record of the four topics, against the rate of a
 * full rebuild of the projections from the same records (each the best of {@code --rebuilds}
 * runs, default 3: the first shows the cold JIT and cold log segments);</li>
 * <li>published → visible latency (p50/p99) at a steady rate, by polling the satisfaction table.</li>
 * </ol>
 * The events go to fresh cycles of the demo school north-valley, so the school's real cycles are
 * untouched: one cycle by default — one Kafka partition, so one thread applies the whole backlog,
 * the worst case for a rebuild — or spread over {@code --cycles C}, as a deployment of several
 * schools and semesters spreads over the topics' partitions.
 */
final class AnalyticsBenchmark {

    private static final String SCHOOL = "north-valley";
    private static final String ITEM = "bench_satisfaction";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long POLL_INTERVAL_MS = 10;

    private final PrintStream out;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String kafka = "127.0.0.1:" + RunningStack.port("KAFKA", 19092);
    private final String analytics = RunningStack.url("ANALYTICS", 8085);

    AnalyticsBenchmark(PrintStream out) {
        this.out = out;
    }

    int run(List<String> args) throws Exception {
        int events = RunningStack.intOption(args, "--events", 20_000);
        int rate = RunningStack.intOption(args, "--rate", 200);
        int seconds = RunningStack.intOption(args, "--seconds", 30);
        int rebuilds = Math.max(1, RunningStack.intOption(args, "--rebuilds", 3));
        int cycles = Math.max(1, RunningStack.intOption(args, "--cycles", 1));
        if (status(analytics + "/q/health/ready") != 200) {
            out.println("The analytics service is not up at " + analytics + ": start the stack first (./nearpeer up --detach).");
            return 2;
        }
        String coordinator = RunningStack.token(http, "coordinator.north");
        String admin = RunningStack.token(http, "platform.admin");
        UUID instrument = UUID.randomUUID();
        try (KafkaProducer<String, String> producer = producer()) {
            send(producer, null, new InstrumentPublished(instrument, "Benchmark", 1, List.of(new ItemDefinition(ITEM, ItemType.LIKERT,
                    Audience.BOTH, "How satisfied were you?", null, null, List.of(), null, null, null, null, List.of("1", "2", "3", "4", "5"),
                    true))));

            out.printf("Analytics benchmark against %s (Kafka %s)%n%n", analytics, kafka);
            if (!args.contains("--latency-only")) {
                throughput(producer, coordinator, admin, instrument, events, cycles, rebuilds);
            }
            out.printf("  3. published -> visible latency at %d responses/s for %d s ...%n", rate, seconds);
            double[] latencies = latency(producer, coordinator, instrument, rate, seconds);
            out.printf("     %,d responses: p50 %.0f ms, p99 %.0f ms, max %.0f ms (goal p99 < 250 ms; polled every %d ms)%n", latencies.length,
                    RunningStack.percentile(latencies, 0.50), RunningStack.percentile(latencies, 0.99), latencies[latencies.length - 1], POLL_INTERVAL_MS);
        }
        return 0;
    }

    private void throughput(KafkaProducer<String, String> producer, String coordinator, String admin, UUID instrument, int events,
            int cycles, int rebuilds) throws Exception {
        {
            List<UUID> backlogCycles = new ArrayList<>();
            for (int c = 0; c < cycles; c++) {
                backlogCycles.add(UUID.randomUUID());
            }
            out.printf("  1. live consumption of a backlog of %,d responses in %s ...%n", events,
                    cycles == 1 ? "one cycle (one partition)" : String.format("%d cycles (spread over the partitions)", cycles));
            long start = System.nanoTime();
            for (int i = 0; i < events; i++) {
                sendAsync(producer, backlogCycles.get(i % cycles), response(instrument, i));
            }
            producer.flush();
            awaitCount(coordinator, backlogCycles, events, Duration.ofMinutes(30));
            double liveSeconds = (System.nanoTime() - start) / 1e9;
            out.printf("     applied in %.1f s: %,.0f events/s (publishing included)%n%n", liveSeconds, events / liveSeconds);

            out.println("  2. raw consumer versus rebuild over every record of the four topics ...");
            // Best of as many runs as the rebuild gets: the first read of a fresh JVM and of cold log segments is slower.
            double rawRate = 0;
            for (int run = 1; run <= rebuilds; run++) {
                long[] raw = rawConsume();
                double rate = raw[0] / (raw[1] / 1e9);
                rawRate = Math.max(rawRate, rate);
                out.printf("     raw Kafka consumer %d of %d: %,d records in %.2f s = %,.0f records/s%n", run, rebuilds, raw[0], raw[1] / 1e9, rate);
            }
            // A rebuild runs on a long-lived service: the first of a few runs shows the cold JIT, the best the steady state.
            double best = 0;
            for (int run = 1; run <= rebuilds; run++) {
                JsonNode rebuild = rebuild(admin);
                double rate = rebuild.path("eventsPerSecond").asDouble();
                best = Math.max(best, rate);
                out.printf("     rebuild %d of %d: %,d events, %s, %,.0f events/s = %.3f x the raw consumer%n", run, rebuilds,
                        rebuild.path("events").asLong(), rebuild.path("state").asText(), rate, rate / rawRate);
            }
            out.printf("     best rebuild: %,.0f events/s = %.3f x the best raw consumer (goal >= 0.25)%n%n", best, best / rawRate);
        }
    }

    private double[] latency(KafkaProducer<String, String> producer, String coordinator, UUID instrument, int rate, int seconds)
            throws Exception {
        UUID cycle = UUID.randomUUID();
        int total = rate * seconds;
        long[] sentAt = new long[total];
        ConcurrentLinkedQueue<long[]> seen = new ConcurrentLinkedQueue<>(); // {nanoTime, n}
        AtomicBoolean polling = new AtomicBoolean(true);
        Thread poller = Thread.ofPlatform().name("visibility-poller").start(() -> {
            long last = 0;
            while (polling.get()) {
                long n = count(coordinator, cycle);
                if (n > last) {
                    seen.add(new long[] {System.nanoTime(), n});
                    last = n;
                }
                try {
                    Thread.sleep(POLL_INTERVAL_MS); // a few polls per event, without loading the 2-core machine it measures
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        });
        long start = System.nanoTime();
        long interval = 1_000_000_000L / rate;
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            sentAt[i] = System.nanoTime();
            sendAsync(producer, cycle, response(instrument, i));
            producer.flush();
        }
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (seen.isEmpty() || seen.stream().mapToLong(s -> s[1]).max().orElse(0) < total) {
            if (System.nanoTime() > deadline) {
                break;
            }
            Thread.sleep(20);
        }
        polling.set(false);
        poller.join();
        List<long[]> observations = new ArrayList<>(seen);
        double[] latencies = new double[total];
        int o = 0;
        for (int i = 0; i < total; i++) {
            while (o < observations.size() && observations.get(o)[1] < i + 1) {
                o++;
            }
            latencies[i] = o < observations.size() ? (observations.get(o)[0] - sentAt[i]) / 1e6 : Double.POSITIVE_INFINITY;
        }
        Arrays.sort(latencies);
        return latencies;
    }

    private long[] rawConsume() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (Topic topic : Topic.values()) {
                consumer.partitionsFor(topic.topicName(), Duration.ofSeconds(30)).forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = new HashMap<>(consumer.endOffsets(partitions));
            long records = 0;
            long bytes = 0;
            long start = System.nanoTime();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (var record : consumer.poll(Duration.ofMillis(200))) {
                    records++;
                    bytes += record.value() == null ? 0 : record.value().length();
                }
            }
            return new long[] {records, System.nanoTime() - start, bytes};
        }
    }

    private JsonNode rebuild(String admin) throws Exception {
        HttpResponse<String> started = http.send(HttpRequest.newBuilder(URI.create(analytics + "/api/v1/admin/rebuild"))
                .header("Authorization", "Bearer " + admin).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        if (started.statusCode() != 202) {
            throw new IllegalStateException("rebuild refused: " + started.statusCode() + " " + started.body());
        }
        while (true) {
            Thread.sleep(500);
            JsonNode progress = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(analytics + "/api/v1/admin/rebuild"))
                    .header("Authorization", "Bearer " + admin).build(), HttpResponse.BodyHandlers.ofString()).body());
            if (!progress.path("state").asText().equals("RUNNING")) {
                return progress;
            }
        }
    }

    private void awaitCount(String coordinator, List<UUID> cycles, long expected, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (cycles.stream().mapToLong(cycle -> count(coordinator, cycle)).sum() < expected) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("analytics did not apply " + expected + " responses within " + timeout);
            }
            Thread.sleep(100);
        }
    }

    /** Mentee answers counted for the benchmark item of a cycle. */
    private long count(String coordinator, UUID cycle) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(analytics + "/api/v1/cycles/" + cycle + "/satisfaction"))
                    .header("Authorization", "Bearer " + coordinator).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode rows = JSON.readTree(response.body());
            return rows.isArray() && rows.size() > 0 ? rows.get(0).path("mentees").path("n").asLong() : 0;
        } catch (Exception e) {
            return 0;
        }
    }

    private static ResponseSubmitted response(UUID instrument, int i) {
        return new ResponseSubmitted(UUID.randomUUID(), UUID.randomUUID(), instrument, "bench-" + i, ParticipantRole.MENTEE, "Y1", 1,
                List.of(new Answer(ITEM, 1 + Math.floorMod(i * 7, 5), null, null, null, null)));
    }

    private KafkaProducer<String, String> producer() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return new KafkaProducer<>(props);
    }

    private void send(KafkaProducer<String, String> producer, UUID cycle, NearpeerEvent event) throws Exception {
        sendAsync(producer, cycle, event);
        producer.flush();
    }

    private static void sendAsync(KafkaProducer<String, String> producer, UUID cycle, NearpeerEvent event) {
        EventEnvelope<NearpeerEvent> envelope = new EventEnvelope<>(UUID.randomUUID(), "/nearpeer/survey-service",
                EventCatalog.forPayload(event).cloudEventType(), Instant.now(), "bench", SCHOOL, cycle, event);
        ProducerRecord<String, String> record = new ProducerRecord<>(EventCatalog.forPayload(event).topic().topicName(), envelope.partitionKey(),
                EventJson.write(event));
        KafkaCloudEventBinding.headers(envelope).forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        producer.send(record);
    }

    private int status(String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

}
