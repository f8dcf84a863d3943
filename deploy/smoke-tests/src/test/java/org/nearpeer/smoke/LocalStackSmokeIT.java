package org.nearpeer.smoke;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nearpeer.stack.Component;
import org.nearpeer.stack.LocalStack;
import org.nearpeer.stack.NearpeerService;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** The packaged platform (see {@link RunningStack}) driven with real Keycloak tokens. */
@ExtendWith(RunningStack.class)
class LocalStackSmokeIT {

    private static LocalStack stack;

    @BeforeAll
    static void theRunningStack() {
        stack = RunningStack.stack();
    }

    private static String passwordToken(String username) {
        return RunningStack.token(username);
    }

    private static JsonPath claims(String jwt) {
        return JsonPath.from(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    @Test
    void keycloakIssuesTokensWithTheSchoolClaimRolesAndAudience() {
        JsonPath coordinator = claims(passwordToken("coordinator.north"));
        assertThat(coordinator.getString("school")).isEqualTo("north-valley");
        assertThat(coordinator.getList("realm_access.roles", String.class)).contains("coordinator");
        assertThat(coordinator.getString("aud")).contains("nearpeer-api");

        String research = given().contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials").formParam("client_id", "nearpeer-research")
                .formParam("client_secret", "nearpeer-research-secret")
                .when().post(stack.keycloak().realmUrl() + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        assertThat(claims(research).getList("realm_access.roles", String.class)).contains("researcher");
    }

    @Test
    void everyServiceAnswersARealKeycloakToken() {
        String token = passwordToken("coordinator.north");
        for (NearpeerService service : NearpeerService.values()) {
            given().when().get(stack.serviceUrl(service) + "/q/health/ready").then().statusCode(200);
            given().when().get(stack.serviceUrl(service) + "/q/openapi?format=json").then().statusCode(200);
        }
        given().auth().oauth2(token).when().get(stack.serviceUrl(NearpeerService.ENROLLMENT) + "/api/v1/cycles").then().statusCode(200);
        given().auth().oauth2(token).when().get(stack.serviceUrl(NearpeerService.SESSION) + "/api/v1/pairs").then().statusCode(200);
        given().auth().oauth2(token).when().get(stack.serviceUrl(NearpeerService.SURVEY) + "/api/v1/instruments").then().statusCode(200);
        given().auth().oauth2(token).when().get(stack.serviceUrl(NearpeerService.ANALYTICS) + "/api/v1/cycles").then().statusCode(200);
        given().when().get(stack.serviceUrl(NearpeerService.ENROLLMENT) + "/api/v1/cycles").then().statusCode(401);
        given().when().get(stack.settings().url(Component.ADMIN_UI)).then().statusCode(200);
    }

    @Test
    void anAdministratorRegistersASchoolAndItsInvitedCoordinatorGetsAKeycloakAccountForThatSchool() {
        String admin = passwordToken("platform.admin");
        String enrollment = stack.serviceUrl(NearpeerService.ENROLLMENT);
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body("{\"id\":\"east-ridge\",\"name\":\"East Ridge School of Medicine\",\"campuses\":[\"main\"],\"timeZone\":\"Asia/Seoul\"}")
                .when().post(enrollment + "/api/v1/admin/schools").then().statusCode(201);
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body("{\"email\":\"erin.cho@east-ridge.example.org\",\"firstName\":\"Erin\",\"lastName\":\"Cho\"}")
                .when().post(enrollment + "/api/v1/admin/schools/east-ridge/coordinator-invitations").then().statusCode(202);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(admin)
                .when().get(enrollment + "/api/v1/admin/schools/east-ridge/coordinator-invitations")
                .then().statusCode(200).body("items[0].status", equalTo("PROVISIONED")));

        // The new coordinator sets a password (here through Keycloak's admin API instead of an e-mail link) and logs in.
        String master = given().contentType(ContentType.URLENC)
                .formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "admin").formParam("password", "admin")
                .when().post(stack.keycloak().baseUrl() + "/realms/master/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        String users = stack.keycloak().baseUrl() + "/admin/realms/nearpeer/users";
        String userId = given().auth().oauth2(master).queryParam("email", "erin.cho@east-ridge.example.org").queryParam("exact", true)
                .when().get(users).then().statusCode(200).extract().path("[0].id");
        given().auth().oauth2(master).contentType(ContentType.JSON).body("{\"type\":\"password\",\"value\":\"erin-secret\",\"temporary\":false}")
                .when().put(users + "/" + userId + "/reset-password").then().statusCode(204);
        given().auth().oauth2(master).contentType(ContentType.JSON).body("{\"requiredActions\":[]}")
                .when().put(users + "/" + userId).then().statusCode(204);
        String coordinator = given().contentType(ContentType.URLENC)
                .formParam("grant_type", "password").formParam("client_id", "nearpeer-cli")
                .formParam("username", "erin.cho@east-ridge.example.org").formParam("password", "erin-secret")
                .when().post(stack.keycloak().realmUrl() + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        assertThat(claims(coordinator).getString("school")).isEqualTo("east-ridge");
        assertThat(claims(coordinator).getList("realm_access.roles", String.class)).contains("coordinator");
        given().auth().oauth2(coordinator).when().get(enrollment + "/api/v1/school").then().statusCode(200).body("id", equalTo("east-ridge"));
    }

    @Test
    void studentsWhoChooseEachOtherBecomeAPairThatTheSessionServiceKnows() {
        String coordinator = passwordToken("coordinator.north");
        String enrollment = stack.serviceUrl(NearpeerService.ENROLLMENT);
        java.time.LocalDate today = java.time.LocalDate.now();
        String cycleId = given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body("{\"semester\":\"2027-spring\",\"title\":\"Spring\",\"applicationOpensOn\":\"" + today.minusDays(1)
                        + "\",\"applicationClosesOn\":\"" + today.plusDays(10) + "\"}")
                .when().post(enrollment + "/api/v1/cycles").then().statusCode(201).extract().path("id");
        given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body("{\"applicationOpensOn\":\"" + today.minusDays(1) + "\",\"applicationClosesOn\":\"" + today.plusDays(10)
                        + "\",\"matchingOn\":\"" + today.plusDays(11) + "\",\"sessionsStartOn\":\"" + today.plusDays(12)
                        + "\",\"sessionsEndOn\":\"" + today.plusDays(90) + "\",\"surveyOpensOn\":\"" + today.plusDays(91)
                        + "\",\"surveyClosesOn\":\"" + today.plusDays(100) + "\"}")
                .when().put(enrollment + "/api/v1/cycles/" + cycleId + "/configuration").then().statusCode(200);
        given().auth().oauth2(coordinator).contentType(ContentType.JSON).body("{\"stage\":\"OPEN\"}")
                .when().post(enrollment + "/api/v1/cycles/" + cycleId + "/stage").then().statusCode(200);

        String mentee = passwordToken("mentee.north");
        String mentor = passwordToken("mentor.north");
        given().auth().oauth2(mentee).contentType(ContentType.JSON).body(application("MENTEE", "PY2", "mentor.north@example.org"))
                .when().post(enrollment + "/api/v1/cycles/" + cycleId + "/applications").then().statusCode(201);
        given().auth().oauth2(mentor).contentType(ContentType.JSON).body(application("MENTOR", "Y1", "mentee.north@example.org"))
                .when().post(enrollment + "/api/v1/cycles/" + cycleId + "/applications")
                .then().statusCode(201).body("partnerStatus", equalTo("CONFIRMED"));

        // enrollment → PartnerRequestConfirmed → matching confirms the pair → PairConfirmed → session.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(coordinator).queryParam("status", "CONFIRMED")
                .when().get(stack.serviceUrl(NearpeerService.MATCHING) + "/api/v1/cycles/" + cycleId + "/pairs")
                .then().statusCode(200).body("origin", org.hamcrest.Matchers.hasItem("SELF_CHOSEN")));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(mentee)
                .when().get(stack.serviceUrl(NearpeerService.SESSION) + "/api/v1/pairs")
                .then().statusCode(200).body("items.cycleId", org.hamcrest.Matchers.hasItem(cycleId)));
    }

    private static String application(String role, String year, String partnerEmail) {
        return """
                {"application":{"role":"%s","yearLevel":"%s","campus":"%s","helpAreas":["EXAM_REVIEW"],"purposes":["ACADEMIC_HELP"],
                 "meetingMethods":["FACE_TO_FACE"],"partnerEmail":"%s","researchConsent":true},"acceptsProgramRules":true}"""
                .formatted(role, year, year.startsWith("PY") ? "premedical campus" : "medical campus", partnerEmail); // the demo school's campuses
    }

    @Test
    void aCycleCreatedInEnrollmentTravelsThroughKafkaToMatchingAndAnalytics() {
        String north = passwordToken("coordinator.north");
        String cycleId = given().auth().oauth2(north).contentType(ContentType.JSON)
                .body("""
                        {"semester":"2026-fall","title":"Near-peer mentoring, fall 2026",
                         "applicationOpensOn":"2026-08-24","applicationClosesOn":"2026-09-11"}""")
                .when().post(stack.serviceUrl(NearpeerService.ENROLLMENT) + "/api/v1/cycles")
                .then().statusCode(201).extract().path("id");

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(north)
                .when().get(stack.serviceUrl(NearpeerService.ANALYTICS) + "/api/v1/cycles/" + cycleId)
                .then().statusCode(200).body("schoolId", equalTo("north-valley")));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(north)
                .when().get(stack.serviceUrl(NearpeerService.MATCHING) + "/api/v1/cycles/" + cycleId + "/pool")
                .then().statusCode(200).body("semester", equalTo("2026-fall")));

        // The other school's coordinator sees none of it.
        String south = passwordToken("coordinator.south");
        given().auth().oauth2(south).when().get(stack.serviceUrl(NearpeerService.ANALYTICS) + "/api/v1/cycles/" + cycleId)
                .then().statusCode(404);
        given().auth().oauth2(south).when().get(stack.serviceUrl(NearpeerService.ENROLLMENT) + "/api/v1/cycles/" + cycleId)
                .then().statusCode(404);
    }
}
