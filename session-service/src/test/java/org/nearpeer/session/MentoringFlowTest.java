package org.nearpeer.session;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nearpeer.events.EventCatalog;
import org.nearpeer.events.EventEnvelope;
import org.nearpeer.events.NearpeerEvent;
import org.nearpeer.events.Topic;
import org.nearpeer.events.enrollment.CycleConfigured;
import org.nearpeer.events.enrollment.CycleStageChanged;
import org.nearpeer.events.enrollment.TrainingCompleted;
import org.nearpeer.events.matching.PairConfirmed;
import org.nearpeer.events.vocabulary.CycleStage;
import org.nearpeer.events.vocabulary.PairOrigin;
import org.nearpeer.events.vocabulary.TrainingTrack;
import org.nearpeer.session.application.Nudges;
import org.nearpeer.testing.TestEventProducer;
import org.nearpeer.testing.Tokens;
import org.nearpeer.testing.TopicProbe;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class MentoringFlowTest {

    @Inject
    Nudges nudges;
    @Inject
    jakarta.persistence.EntityManager entityManager;

    private final String school = "school-" + UUID.randomUUID().toString().substring(0, 8);
    private final UUID cycle = UUID.randomUUID();
    private final Tokens mentor = Tokens.student(school);
    private final Tokens mentee = Tokens.student(school);
    private final Tokens coordinator = Tokens.coordinator(school);
    private final TestEventProducer producer = new TestEventProducer(bootstrap());
    private final LocalDate yesterday = LocalDate.now().minusDays(1);

    @AfterEach
    void close() {
        producer.close();
    }

    private static String bootstrap() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    private <T extends NearpeerEvent> void publish(T event, Instant time) {
        producer.publish(TestEventProducer.envelope("test", school, cycle, "x", event, time));
    }

    /** A configured cycle (training required) and a confirmed pair; trainings as given. */
    private UUID pair(boolean trained, Instant formedAt) {
        LocalDate today = LocalDate.now();
        publish(new CycleConfigured(today.minusDays(60), today.minusDays(45), today.minusDays(40), today.minusDays(35), today.plusDays(60),
                today.plusDays(61), today.plusDays(75), List.of("PY1", "PY2", "Y1", "Y2", "Y3", "Y4"), List.of("main"),
                List.of("PY2", "Y1", "Y2"), 0, 2, 1, true, false), Instant.now());
        UUID pairId = UUID.randomUUID();
        publish(new PairConfirmed(pairId, mentee.subject(), mentor.subject(), PairOrigin.MATCHED), formedAt);
        if (trained) {
            publish(new TrainingCompleted(UUID.randomUUID(), mentor.subject(), TrainingTrack.MENTOR, 120), Instant.now());
            publish(new TrainingCompleted(UUID.randomUUID(), mentee.subject(), TrainingTrack.MENTEE, 120), Instant.now());
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(mentee.token()).when().get("/api/v1/pairs/" + pairId)
                .then().statusCode(200));
        // Cycle rules and trainings travel on the enrollment topic, pairs on the matching topic: wait for both.
        long expectedTrained = trained ? 2 : 0;
        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from session_cycle where cycle_id = ?1") == 1
                && count("select count(*) from trained_participant where cycle_id = ?1") == expectedTrained);
        return pairId;
    }

    private long count(String sql) {
        return org.nearpeer.tenancy.SchoolContext.callAs(school, () -> io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager.createNativeQuery(sql).setParameter(1, cycle).getSingleResult()).longValue()));
    }

    private static final String AGREEMENT = """
            {"helpAreas":["EXAM_REVIEW"],"frequency":"WEEKLY","methods":["FACE_TO_FACE","TEXT_MESSENGER"],
             "usualPlaces":["DORM_STUDY_ROOM","LIBRARY"],"groundRulesAcknowledged":true}""";

    private String sessionJson(LocalDate date, String start, int minutes) {
        return """
                {"date":"%s","startTime":"%s","durationMinutes":%d,"method":"FACE_TO_FACE","location":"DORM_STUDY_ROOM",
                 "activities":["EXAM_REVIEW_SESSION","STUDY_PLAN"],"privateNote":"she worries about anatomy"}""".formatted(date, start, minutes);
    }

    private io.restassured.response.ValidatableResponse logSession(Tokens who, UUID pairId, String body) {
        return given().auth().oauth2(who.token()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/pairs/" + pairId + "/sessions").then();
    }

    private void signAgreement(UUID pairId) {
        given().auth().oauth2(mentee.token()).contentType(ContentType.JSON).body(AGREEMENT)
                .when().put("/api/v1/pairs/" + pairId + "/agreement").then().statusCode(200).body("version", equalTo(1));
        given().auth().oauth2(mentee.token()).when().post("/api/v1/pairs/" + pairId + "/agreement/signature").then().statusCode(200)
                .body("signed", equalTo(false));
        given().auth().oauth2(mentor.token()).when().post("/api/v1/pairs/" + pairId + "/agreement/signature").then().statusCode(200)
                .body("signed", equalTo(true));
    }

    private List<EventEnvelope<NearpeerEvent>> sessionEvents(String type, int atLeast) {
        try (TopicProbe probe = new TopicProbe(bootstrap(), Topic.SESSION.topicName())) {
            probe.await(e -> cycle.equals(e.cycleId()) && e.type().equals(type), atLeast, Duration.ofSeconds(30));
            probe.drain(Duration.ofMillis(800));
            return probe.events().stream().filter(e -> cycle.equals(e.cycleId()) && e.type().equals(type)).toList();
        }
    }

    @Test
    void aPairSignsLogsAndConfirmsAndTheCoordinatorApprovesAndPrintsTheHours() throws Exception {
        UUID pairId = pair(true, Instant.now());
        logSession(mentor, pairId, sessionJson(yesterday, "19:30", 90))
                .statusCode(422).body("type", equalTo("urn:nearpeer:problem:agreement-not-signed"));
        signAgreement(pairId);
        assertThat(sessionEvents(EventCatalog.AGREEMENT_SIGNED.cloudEventType(), 1)).hasSize(1);

        String sessionId = logSession(mentor, pairId, sessionJson(yesterday, "19:30", 90))
                .statusCode(201).body("privateNote", equalTo("she worries about anatomy")).extract().path("id");
        given().auth().oauth2(mentee.token()).when().get("/api/v1/pairs/" + pairId + "/sessions")
                .then().statusCode(200).body("items[0].privateNote", nullValue());
        given().auth().oauth2(mentor.token()).when().post("/api/v1/pairs/" + pairId + "/sessions/" + sessionId + "/confirmation")
                .then().statusCode(422).body("type", equalTo("urn:nearpeer:problem:own-session"));
        given().auth().oauth2(mentee.token()).when().post("/api/v1/pairs/" + pairId + "/sessions/" + sessionId + "/confirmation")
                .then().statusCode(200).body("status", equalTo("CONFIRMED"));
        assertThat(sessionEvents(EventCatalog.SESSION_CONFIRMED.cloudEventType(), 1)).hasSize(1);

        String base = "/api/v1/cycles/" + cycle + "/volunteer-hours";
        given().auth().oauth2(coordinator.token()).when().get(base)
                .then().statusCode(200).body("[0].mentorId", equalTo(mentor.subject())).body("[0].confirmedMinutes", equalTo(90));
        given().auth().oauth2(coordinator.token()).when().get(base + "/" + mentor.subject() + "/statement").then().statusCode(404);
        given().auth().oauth2(coordinator.token()).when().post(base + "/" + mentor.subject() + "/approval")
                .then().statusCode(200).body("approvedMinutes", equalTo(90));
        byte[] pdf = given().auth().oauth2(coordinator.token()).when().get(base + "/" + mentor.subject() + "/statement")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Volunteer hours statement").contains("1.50 hours (90 minutes) in 1 confirmed sessions");
        }
        given().auth().oauth2(coordinator.token()).when().get(base + "/registrar.csv")
                .then().statusCode(200).body(containsString(mentor.subject() + ",90,1.50,1,"));
        assertThat(sessionEvents(EventCatalog.HOURS_APPROVED.cloudEventType(), 1)).hasSize(1);
        given().auth().oauth2(Tokens.coordinator("another-school").token()).when().get(base)
                .then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void impossibleSessionsAreRefusedWithClearProblems() {
        UUID pairId = pair(true, Instant.now());
        signAgreement(pairId);
        logSession(mentee, pairId, sessionJson(yesterday, "10:00", 60)).statusCode(201);
        logSession(mentor, pairId, sessionJson(yesterday, "10:30", 60))
                .statusCode(409).body("type", equalTo("urn:nearpeer:problem:session-overlaps"));
        logSession(mentor, pairId, sessionJson(LocalDate.now().plusDays(3), "10:00", 60))
                .statusCode(422).body("type", equalTo("urn:nearpeer:problem:session-in-future"));
        logSession(mentor, pairId, sessionJson(yesterday, "14:00", 1000))
                .statusCode(400).body("violations.field", hasItem("body.durationMinutes"));
        logSession(mentor, pairId, sessionJson(LocalDate.now().minusDays(50), "14:00", 60))
                .statusCode(422).body("type", equalTo("urn:nearpeer:problem:outside-session-period"));
        logSession(Tokens.student(school), pairId, sessionJson(yesterday, "16:00", 60)).statusCode(404);
        logSession(coordinator, pairId, sessionJson(yesterday, "16:00", 60)).statusCode(403);
    }

    @Test
    void partnersMustCompleteTrainingFirstWhenTheSchoolRequiresIt() {
        UUID pairId = pair(false, Instant.now());
        signAgreement(pairId);
        logSession(mentor, pairId, sessionJson(yesterday, "19:30", 60))
                .statusCode(422).body("type", equalTo("urn:nearpeer:problem:training-not-completed"));
    }

    @Test
    void aClosedCycleTakesNoMoreSessions() {
        UUID pairId = pair(true, Instant.now());
        signAgreement(pairId);
        publish(new CycleStageChanged(CycleStage.EVALUATING, CycleStage.CLOSED), Instant.now());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> logSession(mentor, pairId, sessionJson(yesterday, "19:30", 60))
                .statusCode(409).body("type", equalTo("urn:nearpeer:problem:cycle-closed")));
    }

    @Test
    void quietPairsAndUpcomingExamsBecomeNudgesAndQuietPairsAreAnnouncedOnce() {
        UUID quiet = pair(true, Instant.now().minus(30, ChronoUnit.DAYS));
        given().auth().oauth2(coordinator.token()).queryParam("inactiveDays", 14).when().get("/api/v1/cycles/" + cycle + "/nudges")
                .then().statusCode(200).body("inactivePairs.pairId", hasItem(quiet.toString()));
        given().auth().oauth2(coordinator.token()).contentType(ContentType.JSON)
                .body("{\"examOn\":\"" + LocalDate.now().plusDays(10) + "\",\"title\":\"Anatomy final\"}")
                .when().post("/api/v1/cycles/" + cycle + "/exam-dates").then().statusCode(201);
        given().auth().oauth2(coordinator.token()).when().get("/api/v1/cycles/" + cycle + "/nudges")
                .then().statusCode(200).body("examReviewReminders.title", hasItem("Anatomy final"));
        assertThat(nudges.announceInactivePairs()).isGreaterThanOrEqualTo(1);
        nudges.announceInactivePairs();
        var announced = sessionEvents(EventCatalog.PAIR_INACTIVE.cloudEventType(), 1);
        assertThat(announced).hasSize(1);
        assertThat(nudges.announceExamReviews()).isGreaterThanOrEqualTo(1);
        nudges.announceExamReviews();
        assertThat(sessionEvents(EventCatalog.EXAM_REVIEW_DUE.cloudEventType(), 1)).hasSize(1);
    }
}
