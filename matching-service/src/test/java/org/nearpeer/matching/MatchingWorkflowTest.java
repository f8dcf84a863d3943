package org.nearpeer.matching;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nearpeer.events.CloudEventHeaders;
import org.nearpeer.events.EventCatalog;
import org.nearpeer.events.EventEnvelope;
import org.nearpeer.events.KafkaCloudEventBinding;
import org.nearpeer.events.NearpeerEvent;
import org.nearpeer.events.Topic;
import org.nearpeer.events.enrollment.ApplicationSubmitted;
import org.nearpeer.events.enrollment.ApplicationUpdated;
import org.nearpeer.events.enrollment.ApplicationWithdrawn;
import org.nearpeer.events.enrollment.CycleConfigured;
import org.nearpeer.events.enrollment.CycleCreated;
import org.nearpeer.events.enrollment.PartnerRequestConfirmed;
import org.nearpeer.events.vocabulary.HelpArea;
import org.nearpeer.events.vocabulary.MeetingMethod;
import org.nearpeer.events.vocabulary.ParticipantRole;
import org.nearpeer.events.vocabulary.ParticipationPurpose;
import org.nearpeer.testing.TestEventProducer;
import org.nearpeer.testing.Tokens;
import org.nearpeer.testing.TopicProbe;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class MatchingWorkflowTest {

    private final String school = "school-" + UUID.randomUUID().toString().substring(0, 8);
    private final UUID cycle = UUID.randomUUID();
    private final String coordinator = Tokens.coordinator(school).token();
    private final TestEventProducer producer = new TestEventProducer(bootstrap());

    @AfterEach
    void close() {
        producer.close();
    }

    private static String bootstrap() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    private void publish(NearpeerEvent event) {
        producer.publish(TestEventProducer.envelope("enrollment-service", school, cycle, "x", event));
    }

    private void applied(String who, ParticipantRole role, String year) {
        publish(new ApplicationSubmitted(UUID.randomUUID(), who, role, year, "main", null, Set.of(HelpArea.EXAM_REVIEW),
                Set.of(ParticipationPurpose.ACADEMIC_HELP), Set.of(MeetingMethod.FACE_TO_FACE), List.of(), null, null, true));
    }

    /** Mentees A (PY2), B (Y1), C (Y2), E (Y3, not eligible); mentors M1 (Y1), M2 (Y2), M3 (Y4); A and M1 chose each other. */
    private void cohort() {
        LocalDate d = LocalDate.now();
        publish(new CycleCreated("2026-fall", "Fall", d, d.plusDays(10)));
        publish(new CycleConfigured(d, d.plusDays(10), d.plusDays(12), d.plusDays(14), d.plusDays(90), d.plusDays(91), d.plusDays(100),
                List.of("PY1", "PY2", "Y1", "Y2", "Y3", "Y4"), List.of("main"), List.of("PY2", "Y1", "Y2"), 0, 2, 1, true, false));
        applied("A", ParticipantRole.MENTEE, "PY2");
        applied("B", ParticipantRole.MENTEE, "Y1");
        applied("C", ParticipantRole.MENTEE, "Y2");
        applied("E", ParticipantRole.MENTEE, "Y3");
        applied("M1", ParticipantRole.MENTOR, "Y1");
        applied("M2", ParticipantRole.MENTOR, "Y2");
        applied("M3", ParticipantRole.MENTOR, "Y4");
        publish(new PartnerRequestConfirmed(UUID.randomUUID(), "A", UUID.randomUUID(), "M1"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(coordinator)
                .when().get("/api/v1/cycles/" + cycle + "/pool").then().statusCode(200).body("mentees", equalTo(4)).body("mentors", equalTo(3)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(coordinator).queryParam("status", "CONFIRMED")
                .when().get("/api/v1/cycles/" + cycle + "/pairs").then().statusCode(200).body("origin", hasItem("SELF_CHOSEN")));
    }

    private io.restassured.response.ValidatableResponse run(boolean dryRun) {
        return given().auth().oauth2(coordinator).contentType(ContentType.JSON).body("{\"dryRun\":" + dryRun + "}")
                .when().post("/api/v1/cycles/" + cycle + "/match-runs").then().statusCode(201);
    }

    private List<EventEnvelope<NearpeerEvent>> matchingEvents(String type, int atLeast) {
        try (TopicProbe probe = new TopicProbe(bootstrap(), Topic.MATCHING.topicName())) {
            probe.await(e -> cycle.equals(e.cycleId()) && e.type().equals(type), atLeast, Duration.ofSeconds(30));
            probe.drain(Duration.ofMillis(800));
            return probe.events().stream().filter(e -> cycle.equals(e.cycleId()) && e.type().equals(type)).toList();
        }
    }

    @Test
    void thePoolCountsEachActiveStudentOnceThroughRoleChangesRepeatedWithdrawalsAndReturns() {
        LocalDate d = LocalDate.now();
        publish(new CycleCreated("2026-fall", "Fall", d, d.plusDays(10)));
        applied("A", ParticipantRole.MENTEE, "PY2");
        applied("B", ParticipantRole.MENTEE, "Y1");
        applied("M1", ParticipantRole.MENTOR, "Y2");
        publish(updated("B", ParticipantRole.MENTOR, "Y1"));
        publish(new ApplicationWithdrawn(UUID.randomUUID(), "A", ParticipantRole.MENTEE));
        publish(new ApplicationWithdrawn(UUID.randomUUID(), "A", ParticipantRole.MENTEE));
        publish(new ApplicationWithdrawn(UUID.randomUUID(), "M1", ParticipantRole.MENTOR));
        publish(updated("M1", ParticipantRole.MENTOR, "Y2"));
        applied("C", ParticipantRole.MENTEE, "PY2");
        // The same key, so applied after all of the above: once the pair shows, the counts are final
        // (an intermediate state — after B's role change — equals the expected one).
        publish(new PartnerRequestConfirmed(UUID.randomUUID(), "C", UUID.randomUUID(), "B"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(coordinator).queryParam("status", "CONFIRMED")
                .when().get("/api/v1/cycles/" + cycle + "/pairs").then().statusCode(200).body("menteeId", hasItem("C")));

        given().auth().oauth2(coordinator).when().get("/api/v1/cycles/" + cycle + "/pool")
                .then().statusCode(200).body("mentees", equalTo(1)).body("mentors", equalTo(2));
    }

    @Test
    void aPoisonRecordIsDeadLetteredWithItsReasonAndTheEventsBehindItOnItsPartitionStillApply() {
        LocalDate d = LocalDate.now();
        EventEnvelope<CycleCreated> valid = TestEventProducer.envelope("enrollment-service", school, cycle, "x",
                new CycleCreated("2026-fall", "Fall", d, d.plusDays(10)));
        Map<String, String> headers = new HashMap<>(KafkaCloudEventBinding.headers(valid));
        headers.put(CloudEventHeaders.ID, "not-a-uuid");
        producer.publishRaw(Topic.ENROLLMENT.topicName(), cycle.toString(), headers, "{}");
        producer.publish(valid);
        applied("A", ParticipantRole.MENTEE, "PY2");

        try (TopicProbe deadLetters = new TopicProbe(bootstrap(), "nearpeer.deadletter.matching-service.v1")) {
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                deadLetters.drain(Duration.ofMillis(300));
                return deadLetters.records().stream().anyMatch(r -> cycle.toString().equals(r.key()));
            });
            var record = deadLetters.records().stream().filter(r -> cycle.toString().equals(r.key())).findFirst().orElseThrow();
            assertThat(TopicProbe.headers(record).get("dead-letter-reason")).contains("ce_id");
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(coordinator)
                .when().get("/api/v1/cycles/" + cycle + "/pool").then().statusCode(200).body("mentees", equalTo(1)));
    }

    private static ApplicationUpdated updated(String who, ParticipantRole role, String year) {
        return new ApplicationUpdated(UUID.randomUUID(), who, role, year, "main", null, Set.of(HelpArea.EXAM_REVIEW),
                Set.of(ParticipationPurpose.ACADEMIC_HELP), Set.of(MeetingMethod.FACE_TO_FACE), List.of(), null, null, true);
    }

    @Test
    void selfChosenPairsComeFirstThenTheOptimalAssignmentWithAReasonForEveryoneLeftOut() {
        cohort();
        run(true)
                .body("report.lockedPairs", equalTo(1))
                .body("report.proposals", hasSize(2))
                .body("report.proposals.find { it.menteeId == 'B' }.mentorId", equalTo("M2"))
                .body("report.proposals.find { it.menteeId == 'C' }.mentorId", equalTo("M3"))
                .body("report.proposals[0].breakdown.helpAreas", equalTo(40))
                .body("report.unmatched.find { it.participantId == 'E' }.reason", containsString("no eligible mentor"));
        given().auth().oauth2(coordinator).queryParam("status", "PROPOSED").when().get("/api/v1/cycles/" + cycle + "/pairs")
                .then().statusCode(200).body("size()", equalTo(0));

        String runId = run(false).extract().path("id");
        given().auth().oauth2(coordinator).contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/match-runs/" + runId + "/approval").then().statusCode(200).body("size()", equalTo(2));
        assertThat(matchingEvents(EventCatalog.PAIR_CONFIRMED.cloudEventType(), 3)).hasSize(3);
        assertThat(matchingEvents(EventCatalog.MATCH_RUN_COMPLETED.cloudEventType(), 1)).hasSize(1);
    }

    @Test
    void aWithdrawalDissolvesThePairAndARematchLeavesConfirmedPairsAlone() {
        cohort();
        String runId = run(false).extract().path("id");
        given().auth().oauth2(coordinator).contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/match-runs/" + runId + "/approval").then().statusCode(200);
        publish(new ApplicationWithdrawn(UUID.randomUUID(), "B", ParticipantRole.MENTEE));
        var dissolved = matchingEvents(EventCatalog.PAIR_DISSOLVED.cloudEventType(), 1);
        assertThat(dissolved).hasSize(1);
        run(false).body("report.lockedPairs", equalTo(2)).body("report.proposals", hasSize(0))
                .body("report.unmatched.find { it.participantId == 'M2' }.role", equalTo("MENTOR"));
    }

    @Test
    void aCoordinatorMayPairByHandWithWarningsAndUnpair() {
        cohort();
        String pairId = given().auth().oauth2(coordinator).contentType(ContentType.JSON).body("{\"menteeId\":\"E\",\"mentorId\":\"M2\"}")
                .when().post("/api/v1/cycles/" + cycle + "/pairs")
                .then().statusCode(201).body("origin", equalTo("MANUAL")).body("status", equalTo("CONFIRMED"))
                .body("warnings[0]", containsString("mentees must be in")).extract().path("id");
        given().auth().oauth2(coordinator).contentType(ContentType.JSON).body("{\"menteeId\":\"E\",\"mentorId\":\"M3\"}")
                .when().post("/api/v1/cycles/" + cycle + "/pairs").then().statusCode(409);
        given().auth().oauth2(coordinator).contentType(ContentType.JSON).body("{\"reason\":\"the mentee changed campus\"}")
                .when().post("/api/v1/pairs/" + pairId + "/dissolution").then().statusCode(200).body("status", equalTo("DISSOLVED"));
        given().auth().oauth2(coordinator).contentType(ContentType.JSON).body("{\"reason\":\"again\"}")
                .when().post("/api/v1/pairs/" + pairId + "/dissolution").then().statusCode(409);
        given().auth().oauth2(Tokens.coordinator("elsewhere").token()).contentType(ContentType.JSON).body("{\"reason\":\"x\"}")
                .when().post("/api/v1/pairs/" + pairId + "/dissolution").then().statusCode(404);
    }
}
