package org.nearpeer.faults;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.nearpeer.demo.load.Http;
import org.nearpeer.stack.LocalStack;

/**
 * The truth after the storm, read straight from the databases (as superuser, so row-level security
 * does not hide anything): each service's own records against the analytics projections built
 * from their events, the acknowledged writes against the services' records, unsent outbox rows
 * and dead letters.
 */
public final class Reconciliation {

    static final List<String> LIKERT_ITEMS = List.of("program_appropriate", "partner_attitude", "content_satisfaction");

    /**
     * @param lostAcknowledged acknowledged writes missing from their service's database
     * @param missing          records a service has that the analytics projection lacks (lost events)
     * @param extra            projection rows no service record explains, or counted more than once (duplicates)
     * @param differing        records both have but that disagree (a lost or reordered update)
     * @param likertMismatches Likert cells whose counts differ from the survey answers
     */
    public record Result(long lostAcknowledged, long missing, long extra, long differing, long likertMismatches, long unsentOutboxRows, long deadLetters,
            long recordsCompared, List<String> details) {

        public boolean consistent() {
            return lostAcknowledged == 0 && missing == 0 && extra == 0 && differing == 0 && likertMismatches == 0 && unsentOutboxRows == 0
                    && deadLetters == 0;
        }
    }

    private final LocalStack stack;
    private final Scenario scenario;

    Reconciliation(LocalStack stack, Scenario scenario) {
        this.stack = stack;
        this.scenario = scenario;
    }

    Result check(Workload workload) throws SQLException {
        List<String> details = new ArrayList<>();
        long[] totals = new long[5]; // missing, extra, differing, compared, lost
        Map<String, String> applications = rows("enrollment", "select id::text, status from application where cycle_id = '" + scenario.openCycleId + "'");
        Map<String, String> participants = rows("analytics", "select application_id::text, case when withdrawn then 'WITHDRAWN' else 'SUBMITTED' end"
                + " from participant where cycle_id = '" + scenario.openCycleId + "'");
        compare("applications → analytics participants", applications, participants, totals, details);
        Map<String, String> sessions = rows("session", "select id::text, status from mentoring_session where cycle_id = '" + scenario.runningCycleId + "'");
        Map<String, String> logged = rows("analytics", "select session_id::text, status from logged_session where cycle_id = '" + scenario.runningCycleId + "'");
        compare("session logs → analytics logged sessions", sessions, logged, totals, details);
        Map<String, String> responses = rows("survey", "select id::text, revision::text from survey_response where campaign_id = '" + scenario.campaignId + "'");
        Map<String, String> counted = rows("analytics", "select response_id::text, revision::text from counted_response where cycle_id = '"
                + scenario.runningCycleId + "'");
        compare("survey answers → analytics counted responses", responses, counted, totals, details);

        totals[4] += lost("applications", workload.acknowledgedApplications, applications.keySet(), details);
        totals[4] += lost("session logs", workload.acknowledgedSessions, sessions.keySet(), details);
        Set<String> respondents = new HashSet<>(rows("survey", "select participant_id, id::text from survey_response where campaign_id = '"
                + scenario.campaignId + "'").keySet());
        totals[4] += lost("survey answers", workload.acknowledgedRespondents, respondents, details);

        long likert = likertMismatches(details);
        long unsent = 0;
        for (String database : List.of("enrollment", "matching", "session", "survey", "analytics")) {
            long count = count(database, "select count(*) from outbox_event where sent_at is null");
            if (count > 0) {
                details.add(database + ": " + count + " outbox rows not sent");
            }
            unsent += count;
        }
        long deadLetters = deadLetters(details);
        return new Result(totals[4], totals[0], totals[1], totals[2], likert, unsent, deadLetters, totals[3], details);
    }

    private static void compare(String what, Map<String, String> truth, Map<String, String> projection, long[] totals, List<String> details) {
        Set<String> missing = new HashSet<>(truth.keySet());
        missing.removeAll(projection.keySet());
        Set<String> extra = new HashSet<>(projection.keySet());
        extra.removeAll(truth.keySet());
        long differing = truth.entrySet().stream().filter(e -> projection.containsKey(e.getKey()) && !projection.get(e.getKey()).equals(e.getValue()))
                .count();
        totals[0] += missing.size();
        totals[1] += extra.size();
        totals[2] += differing;
        totals[3] += truth.size();
        if (!missing.isEmpty() || !extra.isEmpty() || differing > 0) {
            details.add(what + ": " + truth.size() + " records, " + projection.size() + " projected, " + missing.size() + " missing, " + extra.size()
                    + " extra, " + differing + " differing");
        }
    }

    private static long lost(String what, Set<String> acknowledged, Set<String> stored, List<String> details) {
        Set<String> lost = acknowledged.stream().filter(id -> !stored.contains(id)).collect(Collectors.toSet());
        if (!lost.isEmpty()) {
            details.add(lost.size() + " acknowledged " + what + " are not in the database: " + lost.stream().limit(5).toList());
        }
        return lost.size();
    }

    /** The Likert cells of the running cycle against the counts recomputed from the stored answers. */
    private long likertMismatches(List<String> details) throws SQLException {
        Map<String, long[]> expected = new TreeMap<>();
        try (Connection connection = stack.postgres().superuserConnection("survey"); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select role, answers::text from survey_response where campaign_id = '" + scenario.campaignId + "'")) {
            while (rs.next()) {
                // Stored as a list of answers: {"itemId": "program_appropriate", "likert": 4, ...}
                for (JsonNode answer : parse(rs.getString(2))) {
                    String item = answer.path("itemId").asText();
                    if (LIKERT_ITEMS.contains(item) && answer.path("likert").isNumber()) {
                        expected.computeIfAbsent(item + "/" + rs.getString(1), k -> new long[5])[answer.path("likert").asInt() - 1]++;
                    }
                }
            }
        }
        Map<String, long[]> projected = new TreeMap<>();
        try (Connection connection = stack.postgres().superuserConnection("analytics"); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select item_id, role, counts::text from likert_cell where cycle_id = '" + scenario.runningCycleId + "'")) {
            while (rs.next()) {
                JsonNode counts = parse(rs.getString(3));
                long[] levels = new long[5];
                for (int level = 0; level < 5; level++) {
                    levels[level] = counts.isArray() ? counts.path(level).asLong() : counts.path(Integer.toString(level + 1)).asLong();
                }
                if (java.util.Arrays.stream(levels).sum() > 0) {
                    projected.put(rs.getString(1) + "/" + rs.getString(2), levels);
                }
            }
        }
        long mismatches = 0;
        Set<String> cells = new HashSet<>(expected.keySet());
        cells.addAll(projected.keySet());
        for (String cell : cells) {
            long[] want = expected.getOrDefault(cell, new long[5]);
            long[] have = projected.getOrDefault(cell, new long[5]);
            if (!java.util.Arrays.equals(want, have)) {
                mismatches++;
                details.add("Likert " + cell + ": answers give " + java.util.Arrays.toString(want) + ", analytics has " + java.util.Arrays.toString(have));
            }
        }
        return mismatches;
    }

    private long deadLetters(List<String> details) {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka().bootstrapServers());
        try (Admin admin = Admin.create(properties)) {
            Set<String> topics = admin.listTopics().names().get().stream().filter(t -> t.startsWith("nearpeer.deadletter.")).collect(Collectors.toSet());
            if (topics.isEmpty()) {
                return 0;
            }
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
            admin.describeTopics(topics).allTopicNames().get().forEach((topic, description) -> description.partitions().forEach(p -> {
                latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest());
                earliest.put(new TopicPartition(topic, p.partition()), OffsetSpec.earliest());
            }));
            var ends = admin.listOffsets(latest).all().get();
            var starts = admin.listOffsets(earliest).all().get();
            long total = 0;
            for (TopicPartition partition : ends.keySet()) {
                long records = ends.get(partition).offset() - starts.get(partition).offset();
                if (records > 0) {
                    details.add(partition + ": " + records + " dead letters");
                }
                total += records;
            }
            return total;
        } catch (Exception e) {
            details.add("could not read the dead-letter topics: " + e.getMessage());
            return -1;
        }
    }

    private Map<String, String> rows(String database, String sql) throws SQLException {
        Map<String, String> rows = new HashMap<>();
        try (Connection connection = stack.postgres().superuserConnection(database); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                rows.put(rs.getString(1), rs.getString(2));
            }
        }
        return rows;
    }

    private long count(String database, String sql) throws SQLException {
        try (Connection connection = stack.postgres().superuserConnection(database); Statement statement = connection.createStatement()) {
            if (!exists(statement, "outbox_event")) {
                return 0;
            }
            try (ResultSet rs = statement.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static boolean exists(Statement statement, String table) throws SQLException {
        try (ResultSet rs = statement.executeQuery("select to_regclass('public." + table + "') is not null")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    private static JsonNode parse(String json) {
        try {
            return Http.JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
