package org.nearpeer.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code ./nearpeer bench load}: write throughput of the enrollment API (POST an application: the
 * row, its three outbox events, row-level security, validation) against the same PostgreSQL's
 * ceiling for single-row insert transactions, measured with {@code pgbench} (goal: at least half).
 * Needs a running stack ({@code ./nearpeer up --detach}).
 */
final class LoadBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+)");
    private static final String ENROLLMENT_TOPIC = "nearpeer.enrollment.v1";
    /** Every service applying enrollment events: the API's rate only counts if they keep up with it. */
    private static final List<String> CONSUMER_GROUPS = List.of("matching-service", "session-service", "survey-service", "analytics-service");

    private final PrintStream out;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String enrollment = RunningStack.url("ENROLLMENT", 8081);
    private final int postgresPort = RunningStack.port("POSTGRES", 15432);

    LoadBenchmark(PrintStream out) {
        this.out = out;
    }

    int run(List<String> options) throws Exception {
        int seconds = RunningStack.intOption(options, "--seconds", 20);
        int clients = RunningStack.intOption(options, "--clients", 8);
        String coordinator = RunningStack.token(http, "coordinator.north");
        String cycle = openCycle(coordinator);

        int warmupSeconds = RunningStack.intOption(options, "--warmup", 180);
        warmUp(coordinator, cycle, clients, warmupSeconds);
        out.printf("enrollment POST /applications, %d clients, %d s (after %d s of warm-up) ...%n", clients, seconds, warmupSeconds);
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger failures = new AtomicInteger();
        StackCpu cpu = StackCpu.start();
        long created = drive(coordinator, cycle, clients, Duration.ofSeconds(seconds), latencies, failures);
        String cpuDuringLoad = cpu.summary();
        double apiRate = created / (double) seconds;
        double[] sorted = latencies.stream().mapToDouble(nanos -> nanos / 1e6).sorted().toArray();
        ConsumerLag.Drained drained = new ConsumerLag(RunningStack.port("KAFKA", 19092)).awaitDrained(ENROLLMENT_TOPIC, CONSUMER_GROUPS,
                Duration.ofSeconds(120));

        out.printf("pgbench single-row insert transactions on the same PostgreSQL, %d clients, %d s ...%n", clients, seconds);
        Baseline baseline = baseline(clients, seconds);

        String report = String.format("""
                Load benchmark, %s — %d cores, JDK %s, %s
                enrollment POST /applications: %d clients, %d s after %d s of warm-up: %d created (%d failed), %.0f requests/s, latency p50 %.1f ms, p99 %.1f ms
                consumers of the enrollment events (%s): %s
                CPU during the measurement: %s
                %s: %.0f transactions/s
                ratio API / baseline: %.2f (goal >= 0.50)
                """, Instant.now(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), System.getProperty("os.name"),
                clients, seconds, warmupSeconds, created, failures.get(), apiRate, RunningStack.percentile(sorted, 0.50), RunningStack.percentile(sorted, 0.99),
                String.join(", ", CONSUMER_GROUPS), drained, cpuDuringLoad, baseline.label(),
                baseline.transactionsPerSecond(), apiRate / baseline.transactionsPerSecond());
        out.print(report);
        return 0;
    }

    /**
     * Five JVMs compile on two busy cores: a fresh stack takes about three minutes to reach its
     * steady rate (60 → 440 requests/s), with plateaus on the way that fooled a "rate stopped
     * rising" rule. So the warm-up is a fixed time (default 180 s; less on a stack already warm),
     * printed in 10 s windows so the curve is visible.
     */
    private void warmUp(String coordinator, String cycle, int clients, int seconds) throws InterruptedException {
        out.printf("warming up: %d clients for %d s (rate per 10 s window) ...%n", clients, seconds);
        for (int elapsed = 0; elapsed < seconds; ) {
            int window = Math.min(10, seconds - elapsed);
            long created = drive(coordinator, cycle, clients, Duration.ofSeconds(window), new ConcurrentLinkedQueue<>(), new AtomicInteger());
            elapsed += window;
            out.printf("  %4d s  %6.0f requests/s%n", elapsed, created / (double) window);
        }
    }

    /** Clients post applications (each for a new student) until the time is up; answers how many were created. */
    private long drive(String coordinator, String cycle, int clients, Duration duration, ConcurrentLinkedQueue<Long> latencies,
            AtomicInteger failures) throws InterruptedException {
        long deadline = System.nanoTime() + duration.toNanos();
        AtomicInteger created = new AtomicInteger();
        AtomicInteger number = new AtomicInteger();
        String run = Long.toString(System.nanoTime(), 36);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            threads.add(Thread.ofVirtual().start(() -> {
                while (System.nanoTime() < deadline) {
                    String participant = "bench-" + run + "-" + number.incrementAndGet();
                    String body = """
                            {"application":{"role":"MENTEE","yearLevel":"PY2","campus":"premedical campus","helpAreas":["EXAM_REVIEW"],
                             "purposes":["ACADEMIC_HELP"],"meetingMethods":["FACE_TO_FACE"],"researchConsent":true},"acceptsProgramRules":true,
                             "onBehalfOf":{"participantId":"%s","email":"%s@north-valley.example.org"}}""".formatted(participant, participant);
                    long started = System.nanoTime();
                    try {
                        HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(enrollment + "/api/v1/cycles/" + cycle + "/applications"))
                                .header("Authorization", "Bearer " + coordinator).header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
                        if (response.statusCode() == 201) {
                            created.incrementAndGet();
                            latencies.add(System.nanoTime() - started);
                        } else {
                            failures.incrementAndGet();
                        }
                    } catch (IOException e) {
                        failures.incrementAndGet();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return created.get();
    }

    private record Baseline(String label, double transactionsPerSecond) {
    }

    /** pgbench from the machine's PostgreSQL client tools, else the same single-row insert loop over JDBC. */
    private Baseline baseline(int clients, int seconds) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + postgresPort + "/postgres", "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute("create table if not exists bench_single_row (id uuid primary key, school_id varchar(63), payload jsonb, created_at timestamptz)");
            statement.execute("truncate bench_single_row");
        }
        String insert = "insert into bench_single_row values (gen_random_uuid(), 'north-valley', '{\"role\":\"MENTEE\",\"yearLevel\":\"PY2\"}', now());";
        Path pgbench = Files.list(Path.of("/usr/lib/postgresql")).map(p -> p.resolve("bin/pgbench")).filter(Files::isExecutable).findFirst().orElse(null);
        if (pgbench != null) {
            Path script = Files.createTempFile("nearpeer-baseline", ".sql");
            Files.writeString(script, insert + "\n");
            Process process = new ProcessBuilder(pgbench.toString(), "-h", "127.0.0.1", "-p", Integer.toString(postgresPort), "-U", "postgres", "-n",
                    "-c", Integer.toString(clients), "-j", Integer.toString(Math.min(clients, 4)), "-T", Integer.toString(seconds), "-f", script.toString(),
                    "postgres").redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
            Matcher tps = TPS.matcher(output);
            if (tps.find()) {
                return new Baseline("pgbench (" + pgbench + ") single-row insert, " + clients + " clients", Double.parseDouble(tps.group(1)));
            }
            out.println("pgbench gave no rate, falling back to JDBC:\n" + output);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        AtomicInteger done = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            threads.add(Thread.ofPlatform().start(() -> {
                try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + postgresPort + "/postgres", "postgres", "");
                        Statement statement = connection.createStatement()) {
                    while (System.nanoTime() < deadline) {
                        statement.execute(insert);
                        done.incrementAndGet();
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return new Baseline("JDBC single-row insert loop (no pgbench found), " + clients + " clients", done.get() / (double) seconds);
    }

    private String openCycle(String coordinator) throws Exception {
        String semester = (3000 + (int) (System.currentTimeMillis() / 1000 % 5000)) + "-fall";
        JsonNode cycle = call("POST", enrollment + "/api/v1/cycles", coordinator, """
                {"semester":"%s","title":"Load benchmark","applicationOpensOn":"2026-01-05","applicationClosesOn":"2026-01-30"}""".formatted(semester));
        String id = cycle.path("id").asText();
        call("PUT", enrollment + "/api/v1/cycles/" + id + "/configuration", coordinator, """
                {"applicationOpensOn":"2026-01-05","applicationClosesOn":"2026-01-30","matchingOn":"2026-02-02","sessionsStartOn":"2026-02-09",
                 "sessionsEndOn":"2026-05-29","surveyOpensOn":"2026-06-01","surveyClosesOn":"2026-06-12"}""");
        call("POST", enrollment + "/api/v1/cycles/" + id + "/stage", coordinator, "{\"stage\":\"OPEN\"}");
        return id;
    }

    private JsonNode call(String method, String url, String token, String body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + url + ": " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }

}
