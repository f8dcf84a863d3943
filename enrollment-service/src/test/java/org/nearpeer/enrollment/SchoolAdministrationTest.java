package org.nearpeer.enrollment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.nearpeer.events.EventCatalog;
import org.nearpeer.events.Topic;
import org.nearpeer.testing.Tokens;
import org.nearpeer.testing.TopicProbe;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class SchoolAdministrationTest {

    private final String schoolId = "school-" + UUID.randomUUID().toString().substring(0, 8);
    private final String admin = Tokens.admin().token();

    private void register(String body) {
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(body).when().post("/api/v1/admin/schools").then().statusCode(201);
    }

    private String minimalSchool() {
        return """
                {"id":"%s","name":"North Valley College of Medicine","campuses":["premedical campus","medical campus"]}""".formatted(schoolId);
    }

    @Test
    void anAdministratorRegistersASchoolWithTheDefaultCurriculumAndItIsAnnounced() {
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(minimalSchool())
                .when().post("/api/v1/admin/schools")
                .then().statusCode(201)
                .body("yearLevels", contains("PY1", "PY2", "Y1", "Y2", "Y3", "Y4"))
                .body("timeZone", equalTo("UTC"))
                .body("suppressionThreshold", equalTo(10));
        try (TopicProbe probe = new TopicProbe(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class),
                Topic.ENROLLMENT.topicName())) {
            probe.await(e -> schoolId.equals(e.schoolId()) && e.type().equals(EventCatalog.SCHOOL_REGISTERED.cloudEventType()), 1,
                    Duration.ofSeconds(30));
        }
    }

    @Test
    void aSchoolIdCanBeRegisteredOnce() {
        register(minimalSchool());
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(minimalSchool())
                .when().post("/api/v1/admin/schools")
                .then().statusCode(409).body("type", equalTo("urn:nearpeer:problem:school-exists"));
    }

    @Test
    void settingsAreValidatedWithClearProblems() {
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body("""
                        {"id":"%s","name":"X","campuses":["main"],"timeZone":"Mars/Olympus"}""".formatted(schoolId))
                .when().post("/api/v1/admin/schools")
                .then().statusCode(422).body("type", equalTo("urn:nearpeer:problem:unknown-time-zone"));
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body("""
                        {"id":"Not A Slug","name":"","campuses":[],"yearLevels":["y1"],"suppressionThreshold":0}""")
                .when().post("/api/v1/admin/schools")
                .then().statusCode(400)
                .body("violations.field", hasItem("body.id"))
                .body("violations.field", hasItem("body.name"))
                .body("violations.field", hasItem("body.campuses"))
                .body("violations.field", hasItem("body.suppressionThreshold"));
    }

    @Test
    void onlyAdministratorsRegisterSchoolsAndCoordinatorsSeeOnlyTheirOwn() {
        register(minimalSchool());
        given().auth().oauth2(Tokens.coordinator(schoolId).token()).contentType(ContentType.JSON).body(minimalSchool())
                .when().post("/api/v1/admin/schools").then().statusCode(403);
        given().auth().oauth2(Tokens.coordinator(schoolId).token()).when().get("/api/v1/school")
                .then().statusCode(200).body("id", equalTo(schoolId));
        given().auth().oauth2(Tokens.coordinator("another-" + schoolId).token()).when().get("/api/v1/admin/schools/" + schoolId)
                .then().statusCode(403);
        given().auth().oauth2(admin).when().get("/api/v1/admin/schools/" + schoolId).then().statusCode(200);
    }

    @Test
    void anInvitationIsAcceptedAsPendingAndCannotBeRepeated() {
        register(minimalSchool());
        String invite = """
                {"email":"Nora.Kim@Example.org","firstName":"Nora","lastName":"Kim"}""";
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(invite)
                .when().post("/api/v1/admin/schools/" + schoolId + "/coordinator-invitations")
                .then().statusCode(202).body("status", equalTo("PENDING")).body("email", equalTo("nora.kim@example.org"));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(invite)
                .when().post("/api/v1/admin/schools/" + schoolId + "/coordinator-invitations")
                .then().statusCode(409).body("type", equalTo("urn:nearpeer:problem:invitation-exists"));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(invite)
                .when().post("/api/v1/admin/schools/no-such-school/coordinator-invitations")
                .then().statusCode(404);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body("{\"email\":\"not-an-email\",\"firstName\":\"A\",\"lastName\":\"B\"}")
                .when().post("/api/v1/admin/schools/" + schoolId + "/coordinator-invitations")
                .then().statusCode(400).body("violations.field", hasItem("body.email"));
        given().auth().oauth2(admin).when().get("/api/v1/admin/schools/" + schoolId + "/coordinator-invitations")
                .then().statusCode(200).body("totalItems", equalTo(1));
    }
}
