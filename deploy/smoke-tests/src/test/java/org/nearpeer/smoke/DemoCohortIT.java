package org.nearpeer.smoke;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nearpeer.demo.cohort.Cohort;
import org.nearpeer.demo.cohort.Cohort.Meeting;
import org.nearpeer.demo.cohort.Cohort.Participant;
import org.nearpeer.demo.cohort.Cohort.SurveyReply;
import org.nearpeer.demo.cohort.CohortGenerator;
import org.nearpeer.demo.load.CohortLoader;
import org.nearpeer.demo.load.Target;
import org.nearpeer.events.vocabulary.ParticipantRole;
import org.nearpeer.stack.LocalStack;
import org.nearpeer.stack.NearpeerService;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;

/**
 * The paper end to end: the demo cohort goes through the public APIs of a fresh stack, and the
 * program report of the first school's five semesters equals the tables recomputed here from the
 * generated raw data — counts, percentages, means and SDs, U, exact and asymptotic p.
 */
@ExtendWith(RunningStack.class)
class DemoCohortIT {

    private static final double TOLERANCE = 1e-9;

    private static LocalStack stack;
    private static Cohort cohort;
    private static Cohort.School north;
    private static List<CohortLoader.LoadedSchool> loaded;
    private static JsonPath report;
    /** Pair → mentor as the matching formed them: the one thing the generator leaves to the platform. */
    private static Map<String, String> mentorOfMentee;
    private static Map<String, String> usernameOfId;

    @BeforeAll
    static void loadTheCohortThroughTheApis() {
        stack = RunningStack.stack();
        cohort = CohortGenerator.generate();
        north = cohort.schools().get(0);
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        loaded = new CohortLoader(target(), new PrintStream(progress, true, StandardCharsets.UTF_8)).load(cohort);
        System.out.print(progress.toString(StandardCharsets.UTF_8));
        String coordinator = token("coordinator.north");
        String body = given().auth().oauth2(coordinator).queryParam("cycleId", northCycleIds()).queryParam("format", "json")
                .when().get(stack.serviceUrl(NearpeerService.ANALYTICS) + "/api/v1/reports/program")
                .then().statusCode(200).extract().asString();
        // Doubles as doubles: the default float parsing would cost the 1e-9 this test holds the numbers to.
        report = JsonPath.from(body).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE));
        usernameOfId = accountIds();
        mentorOfMentee = new HashMap<>();
        for (Map<String, Object> pair : pairsOf(coordinator, Set.copyOf(northCycleIds()))) {
            mentorOfMentee.put(usernameOfId.get((String) pair.get("menteeId")), usernameOfId.get((String) pair.get("mentorId")));
        }
    }

    private static Target target() {
        return RunningStack.target();
    }

    private static List<String> northCycleIds() {
        return List.copyOf(loaded.get(0).cycleIds().values());
    }

    @Test
    void theReportCoversTheFiveSemestersOfTheFirstSchool() {
        assertThat(report.getString("school")).isEqualTo("north-valley");
        assertThat(report.getList("cycles.semester", String.class))
                .containsExactly("2016-fall", "2017-spring", "2017-fall", "2018-spring", "2018-fall");
    }

    @Test
    void participationByRoleYearLevelAndGenderCountsEveryApplicant() {
        List<Participant> participants = participants();
        assertThat(report.getLong("program.participation.mentors")).isEqualTo(count(participants, ParticipantRole.MENTOR));
        assertThat(report.getLong("program.participation.mentees")).isEqualTo(count(participants, ParticipantRole.MENTEE));
        assertThat(groupRows("program.participation.byYearLevel")).isEqualTo(byRole(participants, Participant::yearLevel));
        assertThat(groupRows("program.participation.byGender")).isEqualTo(byRole(participants, p -> p.gender().name()));
    }

    @Test
    void theResponseRateIs19Of67() {
        List<SurveyReply> replies = replies();
        long mentors = replies.stream().filter(r -> r.role() == ParticipantRole.MENTOR).count();
        assertThat(report.getLong("program.responseRate.overall.invited")).isEqualTo(67);
        assertThat(report.getLong("program.responseRate.overall.responded")).isEqualTo(19);
        assertThat(report.getDouble("program.responseRate.overall.percent")).isCloseTo(100.0 * 19 / 67, within(TOLERANCE));
        assertThat(report.getLong("program.responseRate.mentors.responded")).isEqualTo(mentors);
        assertThat(report.getDouble("program.responseRate.mentors.percent"))
                .isCloseTo(100.0 * mentors / count(participants(), ParticipantRole.MENTOR), within(TOLERANCE));
    }

    @Test
    void table1ImplementationEqualsTheMeetingsLogged() {
        Map<String, List<Meeting>> meetings = new HashMap<>();
        north.semesters().forEach(s -> meetings.putAll(s.meetings()));
        List<Meeting> counted = meetings.values().stream().flatMap(List::stream).filter(m -> !m.disputed()).toList();
        String implementation = "program.implementation.";
        assertThat(report.getLong(implementation + "pairs")).isEqualTo(meetings.size());
        assertThat(report.getLong(implementation + "selfChosenPairs"))
                .isEqualTo(participants().stream().filter(p -> p.role() == ParticipantRole.MENTEE && p.partnerUsername() != null).count());
        assertThat(report.getLong(implementation + "sessions")).isEqualTo(counted.size());
        assertThat(report.getLong(implementation + "confirmedSessions")).isEqualTo(counted.size());
        assertThat(report.getLong(implementation + "disputedSessions")).isEqualTo(1);

        double[] perPair = meetings.values().stream().mapToDouble(list -> list.stream().filter(m -> !m.disputed()).count()).toArray();
        assertThat(report.getDouble(implementation + "meetingsPerPairMean")).isCloseTo(mean(perPair), within(TOLERANCE));
        assertThat(report.getDouble(implementation + "meetingsPerPairSd")).isCloseTo(sd(perPair), within(TOLERANCE));
        Map<String, Long> buckets = new TreeMap<>();
        for (double m : perPair) {
            buckets.merge(m == 0 ? "0" : m <= 2 ? "1–2" : m <= 5 ? "3–5" : m <= 10 ? "6–10" : "11+", 1L, Long::sum);
        }
        List<Map<String, Object>> reported = report.getList(implementation + "meetingsPerPair");
        for (Map<String, Object> bucket : reported) {
            long pairs = buckets.getOrDefault((String) bucket.get("meetings"), 0L);
            assertThat(((Number) bucket.get("pairs")).longValue()).as("pairs meeting " + bucket.get("meetings") + " times").isEqualTo(pairs);
            assertThat(((Number) bucket.get("percent")).doubleValue()).isCloseTo(100.0 * pairs / perPair.length, within(TOLERANCE));
        }
        assertThat(report.getDouble(implementation + "hours")).isCloseTo(minutes(counted) / 60.0, within(TOLERANCE));
        assertShares(implementation + "methods", counted, m -> List.of(m.method().name()));
        assertShares(implementation + "locations", counted, m -> List.of(m.location().name()));
        assertShares(implementation + "activities", counted, m -> m.activities().stream().map(Enum::name).toList());
    }

    @Test
    void volunteerHoursAreTheMentorsConfirmedMeetingsAllApproved() {
        Map<String, Long> minutesByMentor = new HashMap<>();
        north.semesters().forEach(s -> s.meetings().forEach((mentee, list) ->
                minutesByMentor.merge(mentorOfMentee.get(mentee), minutes(list.stream().filter(m -> !m.disputed()).toList()), Long::sum)));
        double hours = minutesByMentor.values().stream().mapToLong(Long::longValue).sum() / 60.0;
        long mentors = minutesByMentor.values().stream().filter(m -> m > 0).count();
        assertThat(report.getLong("program.volunteerHours.mentorsWithConfirmedTime")).isEqualTo(mentors);
        assertThat(report.getDouble("program.volunteerHours.confirmedHours")).isCloseTo(hours, within(TOLERANCE));
        assertThat(report.getLong("program.volunteerHours.mentorsApproved")).isEqualTo(mentors);
        assertThat(report.getDouble("program.volunteerHours.approvedHours")).isCloseTo(hours, within(TOLERANCE));
    }

    @Test
    void table2SatisfactionByRoleWithMannWhitneyExactAndAsymptotic() {
        List<Map<String, Object>> rows = report.getList("satisfaction");
        assertThat(rows).extracting(r -> r.get("itemId"))
                .containsExactlyInAnyOrder(CohortGenerator.LIKERT_APPROPRIATE, CohortGenerator.LIKERT_ATTITUDE, CohortGenerator.LIKERT_CONTENT);
        for (int i = 0; i < rows.size(); i++) {
            String item = (String) rows.get(i).get("itemId");
            String row = "satisfaction[" + i + "].figures.";
            int[] mentors = likert(item, ParticipantRole.MENTOR);
            int[] mentees = likert(item, ParticipantRole.MENTEE);
            assertFigures(row + "mentors.", mentors);
            assertFigures(row + "mentees.", mentees);
            MannWhitneyByEnumeration expected = new MannWhitneyByEnumeration(mentors, mentees);
            assertThat(report.getDouble(row + "comparison.u")).as(item + " U").isEqualTo(expected.u());
            assertThat(report.getDouble(row + "comparison.pExact")).as(item + " exact p").isCloseTo(expected.exactP(), within(TOLERANCE));
            assertThat(report.getDouble(row + "comparison.pAsymptotic")).as(item + " asymptotic p")
                    .isCloseTo(expected.asymptoticP(false), within(TOLERANCE));
            assertThat(report.getDouble(row + "comparison.pAsymptoticCorrected")).as(item + " corrected p")
                    .isCloseTo(expected.asymptoticP(true), within(TOLERANCE));
        }
    }

    @Test
    void table2RoundsToThePapersFigures() {
        // Mentees first, as the paper's text has it: 3.5 ± 0.7 vs 3.7 ± 0.9, 3.4 ± 1.2 vs 3.9 ± 1.2, 3.6 ± 0.5 vs 3.8 ± 1.0.
        Map<String, String> paper = Map.of(CohortGenerator.LIKERT_APPROPRIATE, "3.5 ± 0.7 | 3.7 ± 0.9",
                CohortGenerator.LIKERT_ATTITUDE, "3.4 ± 1.2 | 3.9 ± 1.2", CohortGenerator.LIKERT_CONTENT, "3.6 ± 0.5 | 3.8 ± 1.0");
        List<Map<String, Object>> rows = report.getList("satisfaction");
        for (int i = 0; i < rows.size(); i++) {
            String row = "satisfaction[" + i + "].figures.";
            String printed = String.format(java.util.Locale.ROOT, "%.1f ± %.1f | %.1f ± %.1f", report.getDouble(row + "mentees.mean"),
                    report.getDouble(row + "mentees.sd"), report.getDouble(row + "mentors.mean"), report.getDouble(row + "mentors.sd"));
            assertThat(printed).isEqualTo(paper.get((String) rows.get(i).get("itemId")));
        }
    }

    @Test
    void tables3And4PurposesAndTheMentorsRolesCountTheRespondentsChoices() {
        for (String table : List.of("purposes", "mentorRoles")) {
            List<Map<String, Object>> items = report.getList(table);
            assertThat(items).isNotEmpty();
            for (int i = 0; i < items.size(); i++) {
                String item = (String) items.get(i).get("itemId");
                long mentorRespondents = replies().stream().filter(r -> r.role() == ParticipantRole.MENTOR).count();
                long menteeRespondents = replies().size() - mentorRespondents;
                assertThat(report.getLong(table + "[" + i + "].mentorRespondents")).isEqualTo(mentorRespondents);
                assertThat(report.getLong(table + "[" + i + "].menteeRespondents")).isEqualTo(menteeRespondents);
                List<Map<String, Object>> options = report.getList(table + "[" + i + "].options");
                for (Map<String, Object> option : options) {
                    long mentors = chose(item, (String) option.get("option"), ParticipantRole.MENTOR);
                    long mentees = chose(item, (String) option.get("option"), ParticipantRole.MENTEE);
                    assertThat(((Number) option.get("mentors")).longValue()).as(item + " " + option.get("option")).isEqualTo(mentors);
                    assertThat(((Number) option.get("mentees")).longValue()).as(item + " " + option.get("option")).isEqualTo(mentees);
                    assertThat(((Number) option.get("menteesPercent")).doubleValue())
                            .isCloseTo(100.0 * mentees / menteeRespondents, within(TOLERANCE));
                }
            }
        }
    }

    @Test
    void themeFrequenciesCountTheCodedOpenAnswersAtEveryLevelOfTheCodebook() {
        List<String[]> coded = new ArrayList<>(); // role, code
        long[] answers = new long[2];
        for (SurveyReply reply : replies()) {
            reply.openCodes().values().forEach(codes -> {
                answers[reply.role() == ParticipantRole.MENTOR ? 0 : 1]++;
                codes.forEach(code -> coded.add(new String[] {reply.role().name(), code}));
            });
        }
        assertThat(report.getLong("themes.codedMentorAnswers")).isEqualTo(answers[0]);
        assertThat(report.getLong("themes.codedMenteeAnswers")).isEqualTo(answers[1]);
        List<Map<String, Object>> rows = report.getList("themes.rows");
        for (Map<String, Object> row : rows) {
            String key = (String) row.get("key");
            assertThat(((Number) row.get("mentors")).longValue()).as(key).isEqualTo(answersCarrying(key, ParticipantRole.MENTOR));
            assertThat(((Number) row.get("mentees")).longValue()).as(key).isEqualTo(answersCarrying(key, ParticipantRole.MENTEE));
        }
        assertThat(rows.stream().mapToLong(r -> ((Number) r.get("mentees")).longValue()).sum()).isPositive();
    }

    @Test
    void theReportDownloadsAsPdfAndCsvAndTheOtherSchoolSeesNoneOfIt() {
        String coordinator = token("coordinator.north");
        String url = stack.serviceUrl(NearpeerService.ANALYTICS) + "/api/v1/reports/program";
        byte[] pdf = given().auth().oauth2(coordinator).queryParam("cycleId", northCycleIds()).queryParam("format", "pdf")
                .when().get(url).then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        given().auth().oauth2(coordinator).queryParam("cycleId", northCycleIds()).queryParam("format", "csv")
                .when().get(url).then().statusCode(200);
        given().auth().oauth2(token("coordinator.south")).queryParam("cycleId", northCycleIds()).queryParam("format", "json")
                .when().get(url).then().statusCode(404);
    }

    @Test
    void loadingTheCohortAgainChangesNothing() {
        List<CohortLoader.LoadedSchool> again = new CohortLoader(target(), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                .load(cohort);
        assertThat(again).allSatisfy(school -> assertThat(school.alreadyLoaded()).isTrue());
        assertThat(again.get(0).cycleIds()).isEqualTo(loaded.get(0).cycleIds());
    }

    // --- recomputation from the raw data ---

    private static List<Participant> participants() {
        return north.semesters().stream().flatMap(s -> s.participants().stream()).toList();
    }

    private static List<SurveyReply> replies() {
        return north.semesters().stream().flatMap(s -> s.responses().stream()).toList();
    }

    private static long count(List<Participant> participants, ParticipantRole role) {
        return participants.stream().filter(p -> p.role() == role).count();
    }

    /** group → [mentors, mentees]. */
    private static Map<String, List<Long>> byRole(List<Participant> participants, Function<Participant, String> group) {
        Map<String, List<Long>> rows = new TreeMap<>();
        participants.stream().map(group).distinct().forEach(g -> rows.put(g, List.of(
                participants.stream().filter(p -> group.apply(p).equals(g) && p.role() == ParticipantRole.MENTOR).count(),
                participants.stream().filter(p -> group.apply(p).equals(g) && p.role() == ParticipantRole.MENTEE).count())));
        return rows;
    }

    private static Map<String, List<Long>> groupRows(String path) {
        Map<String, List<Long>> rows = new TreeMap<>();
        List<Map<String, Object>> reported = report.getList(path);
        reported.forEach(r -> rows.put((String) r.get("group"),
                List.of(((Number) r.get("mentors")).longValue(), ((Number) r.get("mentees")).longValue())));
        return rows;
    }

    private static long minutes(Collection<Meeting> meetings) {
        return meetings.stream().mapToLong(Meeting::minutes).sum();
    }

    private static void assertShares(String path, List<Meeting> counted, Function<Meeting, List<String>> values) {
        Map<String, long[]> expected = new TreeMap<>();
        for (Meeting meeting : counted) {
            for (String value : values.apply(meeting)) {
                long[] sum = expected.computeIfAbsent(value, v -> new long[2]);
                sum[0]++;
                sum[1] += meeting.minutes();
            }
        }
        List<Map<String, Object>> reported = report.getList(path);
        assertThat(reported).extracting(r -> r.get("value")).containsExactlyElementsOf(expected.keySet());
        for (Map<String, Object> share : reported) {
            long[] sum = expected.get((String) share.get("value"));
            assertThat(((Number) share.get("sessions")).longValue()).as(path + " " + share.get("value")).isEqualTo(sum[0]);
            assertThat(((Number) share.get("percent")).doubleValue()).isCloseTo(100.0 * sum[0] / counted.size(), within(TOLERANCE));
            assertThat(((Number) share.get("hours")).doubleValue()).isCloseTo(sum[1] / 60.0, within(TOLERANCE));
        }
    }

    private static int[] likert(String item, ParticipantRole role) {
        return replies().stream().filter(r -> r.role() == role).mapToInt(r -> (Integer) r.answers().get(item)).toArray();
    }

    private static void assertFigures(String path, int[] values) {
        double[] asDoubles = java.util.Arrays.stream(values).asDoubleStream().toArray();
        int[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        double median = (sorted[(sorted.length - 1) / 2] + sorted[sorted.length / 2]) / 2.0;
        assertThat(report.getLong(path + "n")).isEqualTo(values.length);
        assertThat(report.getDouble(path + "mean")).isCloseTo(mean(asDoubles), within(TOLERANCE));
        assertThat(report.getDouble(path + "sd")).isCloseTo(sd(asDoubles), within(TOLERANCE));
        assertThat(report.getDouble(path + "median")).isEqualTo(median);
        List<Long> distribution = new ArrayList<>();
        for (int level = 1; level <= 5; level++) {
            int l = level;
            distribution.add(java.util.Arrays.stream(values).filter(v -> v == l).count());
        }
        assertThat(report.getList(path + "distribution", Long.class)).isEqualTo(distribution);
    }

    private static long chose(String item, String option, ParticipantRole role) {
        return replies().stream().filter(r -> r.role() == role).filter(r -> {
            Object answer = r.answers().get(item);
            return answer instanceof List<?> list ? list.contains(option) : option.equals(answer);
        }).count();
    }

    private static long answersCarrying(String key, ParticipantRole role) {
        return replies().stream().filter(r -> r.role() == role).flatMap(r -> r.openCodes().values().stream())
                .filter(codes -> codes.stream().anyMatch(c -> c.equals(key) || c.startsWith(key + "/"))).count();
    }

    private static double mean(double[] values) {
        return java.util.Arrays.stream(values).sum() / values.length;
    }

    private static double sd(double[] values) {
        double m = mean(values);
        return Math.sqrt(java.util.Arrays.stream(values).map(v -> (v - m) * (v - m)).sum() / (values.length - 1));
    }

    /**
     * Mann-Whitney U of the mentors (x) against the mentees (y), its exact conditional p by
     * enumerating every split of the pooled answers into groups of the observed sizes, and the
     * normal approximation with the tie-corrected variance (R's wilcox.test, correct = FALSE/TRUE).
     */
    private record MannWhitneyByEnumeration(int[] x, int[] y) {

        double u() {
            return twiceU(x, y) / 2.0;
        }

        double exactP() {
            int[] pooled = new int[x.length + y.length];
            System.arraycopy(x, 0, pooled, 0, x.length);
            System.arraycopy(y, 0, pooled, x.length, y.length);
            long center = (long) x.length * y.length;
            long observed = Math.abs(twiceU(x, y) - center);
            long[] extreme = new long[2]; // [at least as extreme, all splits]
            split(pooled, 0, new int[x.length], 0, center, observed, extreme);
            return (double) extreme[0] / extreme[1];
        }

        private static void split(int[] pooled, int next, int[] chosen, int taken, long center, long observed, long[] extreme) {
            if (taken == chosen.length) {
                int[] rest = new int[pooled.length - chosen.length];
                int r = 0;
                Set<Integer> used = new HashSet<>();
                for (int c : chosen) {
                    used.add(c);
                }
                for (int i = 0; i < pooled.length; i++) {
                    if (!used.contains(i)) {
                        rest[r++] = pooled[i];
                    }
                }
                int[] group = java.util.Arrays.stream(chosen).map(i -> pooled[i]).toArray();
                extreme[1]++;
                if (Math.abs(twiceU(group, rest) - center) >= observed) {
                    extreme[0]++;
                }
                return;
            }
            for (int i = next; i <= pooled.length - (chosen.length - taken); i++) {
                chosen[taken] = i;
                split(pooled, i + 1, chosen, taken + 1, center, observed, extreme);
            }
        }

        double asymptoticP(boolean continuityCorrection) {
            int n1 = x.length;
            int n2 = y.length;
            int n = n1 + n2;
            Map<Integer, Long> ties = new HashMap<>();
            java.util.stream.IntStream.concat(java.util.Arrays.stream(x), java.util.Arrays.stream(y)).forEach(v -> ties.merge(v, 1L, Long::sum));
            double tieTerm = ties.values().stream().mapToDouble(t -> (double) t * t * t - t).sum();
            double sigma = Math.sqrt(n1 * (double) n2 / 12.0 * ((n + 1) - tieTerm / ((double) n * (n - 1))));
            double deviation = u() - n1 * (double) n2 / 2.0;
            double z = (deviation - (continuityCorrection ? 0.5 * Math.signum(deviation) : 0)) / sigma;
            return 2 * new NormalDistribution().cumulativeProbability(-Math.abs(z));
        }

        /** 2U: pairs where x wins count 2, ties 1 — integers, so "as extreme" compares exactly. */
        private static long twiceU(int[] x, int[] y) {
            long sum = 0;
            for (int a : x) {
                for (int b : y) {
                    sum += a > b ? 2 : a == b ? 1 : 0;
                }
            }
            return sum;
        }
    }

    // --- the platform's side: tokens, account ids and pairs ---

    private static String token(String username) {
        return RunningStack.token(username);
    }

    /** Keycloak account id → username of the cohort's students. */
    private static Map<String, String> accountIds() {
        String master = given().contentType(ContentType.URLENC).formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "admin").formParam("password", "admin")
                .when().post(stack.keycloak().baseUrl() + "/realms/master/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        List<Map<String, Object>> users = given().auth().oauth2(master).queryParam("max", 1000).queryParam("search", "nv.student")
                .when().get(stack.keycloak().baseUrl() + "/admin/realms/nearpeer/users").then().statusCode(200).extract().jsonPath().getList("$");
        return users.stream().collect(Collectors.toMap(u -> (String) u.get("id"), u -> (String) u.get("username")));
    }

    private static List<Map<String, Object>> pairsOf(String coordinator, Set<String> cycleIds) {
        List<Map<String, Object>> pairs = new ArrayList<>();
        for (int page = 0;; page++) {
            List<Map<String, Object>> items = given().auth().oauth2(coordinator).queryParam("size", 100).queryParam("page", page)
                    .when().get(stack.serviceUrl(NearpeerService.SESSION) + "/api/v1/pairs").then().statusCode(200).extract().jsonPath()
                    .getList("items");
            items.stream().filter(p -> cycleIds.contains((String) p.get("cycleId"))).forEach(pairs::add);
            if (items.size() < 100) {
                return pairs;
            }
        }
    }
}
