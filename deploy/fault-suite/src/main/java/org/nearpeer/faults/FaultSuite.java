package org.nearpeer.faults;

import java.io.IOException;
import java.io.PrintStream;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.nearpeer.demo.load.Target;
import org.nearpeer.stack.LocalStack;
import org.nearpeer.stack.NearpeerService;
import org.nearpeer.stack.Progress;

/**
 * Mixed writes through the REST APIs while the platform's parts fail one after another — the
 * Kafka broker {@code kill -9}'d, PostgreSQL stopped immediately, a producing service
 * {@code kill -9}'d, survey-service's connection to Kafka cut at a TCP proxy, the analytics
 * service {@code kill -9}'d — each restored after an outage; then, once everything is
 * quiet, the reconciliation: nothing acknowledged lost, every projection equal to its services'
 * records (0 lost, 0 duplicated events), no unsent outbox rows, no dead letters.
 */
public final class FaultSuite {

    /**
     * @param rounds how many times the whole list of faults is injected
     * @param outage how long a part stays down
     * @param calm   load without faults between two faults (and before the first)
     * @param pause  each writer's pause between two writes
     */
    public record Plan(int rounds, Duration outage, Duration calm, Duration pause) {

        /** The form CI runs: every fault once. */
        public static Plan shortForm() {
            return new Plan(1, Duration.ofSeconds(4), Duration.ofSeconds(6), Duration.ofMillis(60));
        }

        /** The form {@code ./nearpeer faults} runs by default: three rounds, longer outages. */
        public static Plan longForm(int rounds) {
            return new Plan(rounds, Duration.ofSeconds(12), Duration.ofSeconds(15), Duration.ofMillis(40));
        }
    }

    /** The faults, and the writes each one stops (the others should go on: that is what the outbox is for). */
    enum Fault {
        KAFKA_KILLED("Kafka broker kill -9", Set.of()),
        POSTGRES_IMMEDIATE_STOP("PostgreSQL immediate stop", EnumSet.allOf(Workload.Kind.class)),
        PRODUCER_KILLED("enrollment-service kill -9", EnumSet.of(Workload.Kind.APPLICATION)),
        KAFKA_CONNECTION_CUT("survey-service Kafka link cut", Set.of()),
        ANALYTICS_KILLED("analytics-service kill -9", Set.of());

        final String label;
        final Set<Workload.Kind> stops;

        Fault(String label, Set<Workload.Kind> stops) {
            this.label = label;
            this.stops = stops;
        }
    }

    /**
     * One injected fault.
     *
     * @param acknowledgedWhileDown writes the services acknowledged while the part was down
     * @param recoverySeconds       from the restart until the writes it stopped were acknowledged again (0 when it stopped none)
     */
    public record Injected(String fault, double downSeconds, long acknowledgedWhileDown, double restartSeconds, double recoverySeconds) {
    }

    public record Summary(List<Injected> faults, long writesAttempted, long writesAcknowledged, long recordsReconciled,
            Reconciliation.Result reconciliation, double quiescenceSeconds) {

        public boolean passed() {
            return reconciliation.consistent();
        }

        public String table() {
            StringBuilder table = new StringBuilder();
            table.append(String.format("%-30s %9s %18s %12s %14s%n", "fault", "down (s)", "ack'd while down", "restart (s)", "recovered (s)"));
            for (Injected fault : faults) {
                table.append(String.format("%-30s %9.1f %18d %12.1f %14.1f%n", fault.fault(), fault.downSeconds(), fault.acknowledgedWhileDown(),
                        fault.restartSeconds(), fault.recoverySeconds()));
            }
            Reconciliation.Result r = reconciliation;
            table.append(String.format("%nwrites attempted %d, acknowledged %d; records reconciled %d; quiet after %.1f s%n", writesAttempted,
                    writesAcknowledged, recordsReconciled, quiescenceSeconds));
            table.append(String.format("acknowledged but lost %d · events lost %d · duplicated or unexplained %d · differing %d · Likert cells off %d"
                    + " · unsent outbox rows %d · dead letters %d%n", r.lostAcknowledged(), r.missing(), r.extra(), r.differing(), r.likertMismatches(),
                    r.unsentOutboxRows(), r.deadLetters()));
            r.details().forEach(d -> table.append("  ").append(d).append('\n'));
            table.append(passed() ? "PASSED: nothing lost, nothing counted twice\n" : "FAILED\n");
            return table.toString();
        }
    }

    private final LocalStack stack;
    private final PrintStream out;

    public FaultSuite(LocalStack stack, PrintStream out) {
        this.stack = stack;
        this.out = out;
    }

    public Summary run(Plan plan) throws IOException, InterruptedException, SQLException {
        Target target = Target.localStack(stack.keycloak().baseUrl(), stack.serviceUrl(NearpeerService.ENROLLMENT), stack.serviceUrl(NearpeerService.MATCHING),
                stack.serviceUrl(NearpeerService.SESSION), stack.serviceUrl(NearpeerService.SURVEY), stack.serviceUrl(NearpeerService.ANALYTICS));
        Scenario scenario = new Scenario(target, this::surveyParticipants);
        out.println("Fault suite: setting up two cycles, " + Scenario.PAIRS + " pairs and a campaign through the APIs ...");
        scenario.setUp();
        Workload workload = new Workload(scenario, plan.pause());
        out.println("Fault suite: load running (applications, session logs, survey answers)");
        workload.start();
        List<Injected> injected = new ArrayList<>();
        try {
            Scenario.sleep(plan.calm());
            for (int round = 1; round <= plan.rounds(); round++) {
                for (Fault fault : Fault.values()) {
                    injected.add(inject(fault, plan, workload));
                    Scenario.sleep(plan.calm());
                }
            }
        } finally {
            workload.stop();
        }
        out.printf("Fault suite: load stopped after %d writes (%d acknowledged); waiting for quiet ...%n", workload.attempted(), workload.acknowledged());
        Reconciliation reconciliation = new Reconciliation(stack, scenario);
        long quietSince = System.nanoTime();
        Reconciliation.Result result = reconciliation.check(workload);
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (!result.consistent() && System.nanoTime() < deadline) {
            Scenario.sleep(Duration.ofSeconds(1));
            result = reconciliation.check(workload);
        }
        scenario.awaitLogins();
        Summary summary = new Summary(injected, workload.attempted(), workload.acknowledged(), result.recordsCompared(), result,
                (System.nanoTime() - quietSince) / 1e9);
        out.print(summary.table());
        return summary;
    }

    private long surveyParticipants(String cycleId) {
        try (java.sql.Connection connection = stack.postgres().superuserConnection("survey");
                java.sql.PreparedStatement count = connection.prepareStatement("select count(*) from survey_participant where cycle_id = ?::uuid")) {
            count.setString(1, cycleId);
            try (java.sql.ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            return -1;
        }
    }

    private Injected inject(Fault fault, Plan plan, Workload workload) throws IOException {
        Progress quiet = new Progress(new PrintStream(java.io.OutputStream.nullOutputStream()), false);
        out.print("  " + fault.label + " ... ");
        long down = System.nanoTime();
        long acknowledgedBefore = workload.acknowledged();
        switch (fault) {
            case KAFKA_KILLED -> stack.kafka().kill();
            case POSTGRES_IMMEDIATE_STOP -> stack.stopPostgresImmediately();
            case PRODUCER_KILLED -> stack.killService(NearpeerService.ENROLLMENT);
            case KAFKA_CONNECTION_CUT -> stack.cutKafkaConnection();
            case ANALYTICS_KILLED -> stack.killService(NearpeerService.ANALYTICS);
        }
        Scenario.sleep(plan.outage());
        long acknowledgedWhileDown = workload.acknowledged() - acknowledgedBefore;
        long restart = System.nanoTime();
        switch (fault) {
            case KAFKA_KILLED -> stack.kafka().restart(quiet);
            case POSTGRES_IMMEDIATE_STOP -> stack.startPostgres();
            case PRODUCER_KILLED -> stack.restartService(NearpeerService.ENROLLMENT, quiet);
            case KAFKA_CONNECTION_CUT -> stack.restoreKafkaConnection();
            case ANALYTICS_KILLED -> stack.restartService(NearpeerService.ANALYTICS, quiet);
        }
        long back = System.nanoTime();
        long deadline = back + Duration.ofSeconds(120).toNanos();
        long recovered = back;
        for (Workload.Kind kind : fault.stops) {
            while (workload.lastAcknowledgedAt.get(kind).get() < back && System.nanoTime() < deadline) {
                Scenario.sleep(Duration.ofMillis(20));
            }
            recovered = Math.max(recovered, workload.lastAcknowledgedAt.get(kind).get());
        }
        Injected result = new Injected(fault.label, (restart - down) / 1e9, acknowledgedWhileDown, (back - restart) / 1e9,
                fault.stops.isEmpty() ? 0 : (recovered - restart) / 1e9);
        out.printf("back after %.1f s%n", (back - down) / 1e9);
        return result;
    }
}
