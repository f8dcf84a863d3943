package org.nearpeer.enrollment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nearpeer.events.EventCatalog;
import org.nearpeer.events.Topic;
import org.nearpeer.testing.Tokens;
import org.nearpeer.testing.TopicProbe;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class TrainingAndRosterTest {

    private final EnrollmentMother mother = new EnrollmentMother();

    @BeforeEach
    void registerTheSchool() {
        mother.registerSchool();
    }

    private String session(String cycle, String track, int capacity) {
        return given().auth().oauth2(mother.coordinator.token()).contentType(ContentType.JSON)
                .body("{\"track\":\"" + track + "\",\"startsAt\":\"" + Instant.now().plusSeconds(86_400) + "\",\"place\":\"Lecture room 3\",\"capacity\":" + capacity + "}")
                .when().post("/api/v1/cycles/" + cycle + "/training-sessions").then().statusCode(201)
                .body("minutes", equalTo(120)).extract().path("id");
    }

    @Test
    void attendanceCompletesPreEducationAndIsAnnouncedOncePerParticipant() {
        String cycle = mother.openCycle("2026-fall");
        Tokens mentor = mother.student("mentor");
        mother.apply(mentor, cycle, "MENTOR", "Y2", null).then().statusCode(201);
        String session = session(cycle, "MENTOR", 10);
        String base = "/api/v1/cycles/" + cycle + "/training-sessions/" + session;
        given().auth().oauth2(mentor.token()).when().post(base + "/registrations").then().statusCode(201).body("registered", equalTo(1));
        given().auth().oauth2(mentor.token()).when().post(base + "/registrations").then().statusCode(409)
                .body("type", equalTo("urn:nearpeer:problem:already-registered"));
        String attendance = "{\"attended\":[\"" + mentor.subject() + "\"]}";
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(mother.coordinator.token()).contentType(ContentType.JSON).body(attendance)
                    .when().put(base + "/attendance").then().statusCode(200);
        }
        given().auth().oauth2(mother.coordinator.token()).contentType(ContentType.JSON).body("{\"attended\":[\"stranger\"]}")
                .when().put(base + "/attendance").then().statusCode(422).body("type", equalTo("urn:nearpeer:problem:not-registered"));
        try (TopicProbe probe = new TopicProbe(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class), Topic.ENROLLMENT.topicName())) {
            probe.await(e -> UUID.fromString(cycle).equals(e.cycleId()) && e.type().equals(EventCatalog.TRAINING_COMPLETED.cloudEventType()), 1,
                    Duration.ofSeconds(30));
            probe.drain(Duration.ofMillis(800));
            assertThat(probe.events().stream().filter(e -> UUID.fromString(cycle).equals(e.cycleId())
                    && e.type().equals(EventCatalog.TRAINING_COMPLETED.cloudEventType()))).hasSize(1);
        }
    }

    @Test
    void aSessionTakesOnlyStudentsOfItsTrackUpToItsCapacity() {
        String cycle = mother.openCycle("2027-spring");
        Tokens first = mother.student("first");
        Tokens second = mother.student("second");
        mother.apply(first, cycle, "MENTEE", "PY2", null).then().statusCode(201);
        mother.apply(second, cycle, "MENTEE", "Y1", null).then().statusCode(201);
        String mentorSession = session(cycle, "MENTOR", 5);
        given().auth().oauth2(first.token()).when().post("/api/v1/cycles/" + cycle + "/training-sessions/" + mentorSession + "/registrations")
                .then().statusCode(422).body("type", equalTo("urn:nearpeer:problem:no-matching-application"));
        String small = session(cycle, "MENTEE", 1);
        given().auth().oauth2(first.token()).when().post("/api/v1/cycles/" + cycle + "/training-sessions/" + small + "/registrations").then().statusCode(201);
        given().auth().oauth2(second.token()).when().post("/api/v1/cycles/" + cycle + "/training-sessions/" + small + "/registrations")
                .then().statusCode(409).body("type", equalTo("urn:nearpeer:problem:session-full"));
    }

    @Test
    void aRosterWithABadRowIsRejectedWholeWithARowLevelReport() {
        String cycle = mother.openCycle("2027-fall");
        String csv = "email,yearLevel,campus\nok@x.org,PY2,premedical campus\nnot-an-email,PY2,premedical campus\nthird@x.org,Y9,medical campus\n";
        given().auth().oauth2(mother.coordinator.token()).contentType("text/csv").header("Idempotency-Key", UUID.randomUUID().toString()).body(csv)
                .when().post("/api/v1/cycles/" + cycle + "/roster")
                .then().statusCode(422).body("type", equalTo("urn:nearpeer:problem:roster-rejected"))
                .body("violations.field", hasItems("row 2.email", "row 3.yearLevel"));
        given().auth().oauth2(mother.coordinator.token()).when().get("/api/v1/cycles/" + cycle + "/roster")
                .then().statusCode(200).body("totalItems", equalTo(0));
        given().auth().oauth2(mother.coordinator.token()).contentType("text/csv").header("Idempotency-Key", UUID.randomUUID().toString())
                .body("email,yearLevel,campus\n\"broken\"quote@x.org,PY2,x\n")
                .when().post("/api/v1/cycles/" + cycle + "/roster")
                .then().statusCode(422).body("type", equalTo("urn:nearpeer:problem:roster-unreadable"));
    }

    @Test
    void aRosterUploadIsIdempotentAndLimitsWhoMayApply() {
        String cycle = mother.openCycle("2028-spring");
        String onRoster = "listed@" + mother.school + ".example.org";
        String csv = "email,yearLevel,campus\n" + onRoster + ",PY2,premedical campus\n\"second@x.org\",Y1,\"medical campus\"\n";
        String key = UUID.randomUUID().toString();
        for (int attempt = 0; attempt < 2; attempt++) {
            given().auth().oauth2(mother.coordinator.token()).contentType("text/csv").header("Idempotency-Key", key).body(csv)
                    .when().post("/api/v1/cycles/" + cycle + "/roster")
                    .then().statusCode(200).body("added", equalTo(2)).body("onRoster", equalTo(2)).body("replayed", equalTo(attempt == 1));
        }
        given().auth().oauth2(mother.coordinator.token()).contentType("text/csv").header("Idempotency-Key", key).body(csv + "other@x.org,Y1,medical campus\n")
                .when().post("/api/v1/cycles/" + cycle + "/roster")
                .then().statusCode(409).body("type", equalTo("urn:nearpeer:problem:idempotency-key-reused"));
        given().auth().oauth2(mother.coordinator.token()).contentType(ContentType.JSON).body("{\"students\":[]}")
                .when().post("/api/v1/cycles/" + cycle + "/roster").then().statusCode(400);

        mother.apply(mother.student("unlisted"), cycle, "MENTEE", "PY2", null)
                .then().statusCode(422).body("type", equalTo("urn:nearpeer:problem:not-on-roster"));
        mother.apply(mother.student("listed"), cycle, "MENTEE", "Y1", null)
                .then().statusCode(422).body("type", equalTo("urn:nearpeer:problem:year-level-differs-from-roster"));
        mother.apply(mother.student("listed"), cycle, "MENTEE", "PY2", null).then().statusCode(201);
    }
}
