package org.nearpeer.enrollment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.containsString;

import java.time.Duration;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.nearpeer.events.EventCatalog;
import org.nearpeer.events.Topic;
import org.nearpeer.events.enrollment.CycleCreated;
import org.nearpeer.testing.Tokens;
import org.nearpeer.testing.TopicProbe;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class CycleResourceTest {

    private final String school = "school-" + UUID.randomUUID().toString().substring(0, 8);
    private final String coordinator = Tokens.coordinator(school).token();

    private static String cycleJson(String semester, String opens, String closes) {
        return """
                {"semester":"%s","title":"Near-peer mentoring","applicationOpensOn":"%s","applicationClosesOn":"%s"}
                """.formatted(semester, opens, closes);
    }

    /** A cycle whose application window starts in its semester (spring in February, fall in August, …). */
    private String createCycle(String semester) {
        String year = semester.substring(0, 4);
        String opens = year + switch (semester.substring(5)) {
            case "spring" -> "-02-01";
            case "summer" -> "-06-01";
            case "fall" -> "-08-24";
            default -> "-12-01";
        };
        String closes = java.time.LocalDate.parse(opens).plusDays(18).toString();
        return given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(cycleJson(semester, opens, closes))
                .when().post("/api/v1/cycles")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void coordinatorCreatesADraftCycleThatIsPublishedExactlyOnce() {
        String id = given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(cycleJson("2026-fall", "2026-08-24", "2026-09-11"))
                .when().post("/api/v1/cycles")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/cycles/"))
                .body("schoolId", equalTo(school))
                .body("status", equalTo("DRAFT"))
                .extract().path("id");

        try (TopicProbe probe = new TopicProbe(bootstrapServers(), Topic.ENROLLMENT.topicName())) {
            var events = probe.await(e -> UUID.fromString(id).equals(e.cycleId()), 1, Duration.ofSeconds(30));
            var event = events.get(0);
            assertThat(event.type()).isEqualTo(EventCatalog.CYCLE_CREATED.cloudEventType());
            assertThat(event.schoolId()).isEqualTo(school);
            assertThat(event.source()).isEqualTo("/nearpeer/enrollment-service");
            assertThat(((CycleCreated) event.data()).semester()).isEqualTo("2026-fall");
            probe.drain(Duration.ofSeconds(1));
            assertThat(probe.events().stream().filter(e -> UUID.fromString(id).equals(e.cycleId()))).hasSize(1);
        }
    }

    @Test
    void aSecondCycleForTheSameSemesterIsAConflict() {
        createCycle("2027-spring");
        given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(cycleJson("2027-spring", "2027-02-01", "2027-02-20"))
                .when().post("/api/v1/cycles")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:nearpeer:problem:cycle-exists"));
    }

    @Test
    void anApplicationWindowThatClosesBeforeItOpensBreaksARule() {
        given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(cycleJson("2027-fall", "2027-09-11", "2027-08-24"))
                .when().post("/api/v1/cycles")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:nearpeer:problem:application-window-inverted"));
    }

    @Test
    void invalidFieldsAreNamedInTheProblem() {
        given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(cycleJson("fall", "2027-08-24", "2027-09-11"))
                .when().post("/api/v1/cycles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("body.semester"));
    }

    @Test
    void malformedJsonIsABadRequestProblemNotAServerError() {
        given().auth().oauth2(coordinator).contentType(ContentType.JSON).body("{\"semester\": ")
                .when().post("/api/v1/cycles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:nearpeer:problem:malformed-json"));
        given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(cycleJson("2028-fall", "not-a-date", "2028-09-11"))
                .when().post("/api/v1/cycles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("body.applicationOpensOn"));
    }

    @Test
    void anotherSchoolsCycleIsNotFound() {
        String id = createCycle("2028-spring");
        given().auth().oauth2(Tokens.coordinator("some-other-school").token())
                .when().get("/api/v1/cycles/" + id)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(coordinator)
                .when().get("/api/v1/cycles/" + id)
                .then().statusCode(200).body("id", equalTo(id));
    }

    @Test
    void listsArePagedAndScopedToTheCallersSchool() {
        createCycle("2029-spring");
        createCycle("2029-fall");
        given().auth().oauth2(coordinator).queryParam("size", 1)
                .when().get("/api/v1/cycles")
                .then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].semester", equalTo("2029-fall"))
                .body("totalItems", equalTo(2))
                .body("totalPages", equalTo(2));
        given().auth().oauth2(coordinator).queryParam("size", 1000)
                .when().get("/api/v1/cycles")
                .then().statusCode(400).body("violations.field", hasItem("size"));
    }

    @Test
    void studentsCannotCreateCyclesAndAnonymousCallersAreUnauthorized() {
        given().auth().oauth2(Tokens.student(school).token()).contentType(ContentType.JSON).body(cycleJson("2030-fall", "2030-08-24", "2030-09-11"))
                .when().post("/api/v1/cycles")
                .then().statusCode(403);
        given().contentType(ContentType.JSON).body(cycleJson("2030-fall", "2030-08-24", "2030-09-11"))
                .when().post("/api/v1/cycles")
                .then().statusCode(401);
    }

    @Test
    void aTokenForAnotherAudienceOrAnExpiredTokenIsRejected() {
        given().auth().oauth2(Tokens.coordinator(school).audience("some-other-api").token())
                .when().get("/api/v1/cycles").then().statusCode(401);
        given().auth().oauth2(Tokens.coordinator(school).expired().token())
                .when().get("/api/v1/cycles").then().statusCode(401);
    }

    @Test
    void serviceIsReadyAndDocumented() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/openapi?format=json").then().statusCode(200).body("info.title", equalTo("Nearpeer enrollment API"));
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }

    private static String bootstrapServers() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }
}
