package org.nearpeer.enrollment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class CycleLifecycleTest {

    private final EnrollmentMother mother = new EnrollmentMother();

    @org.junit.jupiter.api.BeforeEach
    void registerTheSchool() {
        mother.registerSchool();
    }

    private io.restassured.response.ValidatableResponse moveTo(String cycleId, String stage) {
        return given().auth().oauth2(mother.coordinator.token()).contentType(ContentType.JSON).body("{\"stage\":\"" + stage + "\"}")
                .when().post("/api/v1/cycles/" + cycleId + "/stage").then();
    }

    @Test
    void aCycleMovesForwardOneStageAtATime() {
        String cycle = mother.openCycle("2026-fall");
        moveTo(cycle, "RUNNING").statusCode(409).body("type", equalTo("urn:nearpeer:problem:invalid-stage-transition"));
        moveTo(cycle, "MATCHING").statusCode(200).body("status", equalTo("MATCHING"));
        moveTo(cycle, "RUNNING").statusCode(200);
        moveTo(cycle, "EVALUATING").statusCode(200);
        moveTo(cycle, "CLOSED").statusCode(200);
        moveTo(cycle, "CLOSED").statusCode(409);
    }

    @Test
    void openingNeedsTheWholeSchedule() {
        String cycle = mother.draftCycle("2027-spring");
        moveTo(cycle, "OPEN").statusCode(409).body("type", equalTo("urn:nearpeer:problem:schedule-incomplete"));
    }

    @Test
    void theScheduleMustBeInOrderAndRulesMustFitTheCurriculum() {
        String cycle = mother.draftCycle("2027-fall");
        given().auth().oauth2(mother.coordinator.token()).contentType(ContentType.JSON)
                .body("{\"applicationOpensOn\":\"2027-08-01\",\"applicationClosesOn\":\"2027-08-20\",\"matchingOn\":\"2027-08-10\"}")
                .when().put("/api/v1/cycles/" + cycle + "/configuration")
                .then().statusCode(422).body("type", equalTo("urn:nearpeer:problem:schedule-out-of-order"));
        given().auth().oauth2(mother.coordinator.token()).contentType(ContentType.JSON)
                .body("{\"applicationOpensOn\":\"2027-08-01\",\"applicationClosesOn\":\"2027-08-20\",\"eligibleMenteeYears\":[\"Y9\"]}")
                .when().put("/api/v1/cycles/" + cycle + "/configuration")
                .then().statusCode(422).body("type", equalTo("urn:nearpeer:problem:unknown-year-level"));
    }

    @Test
    void theConfigurationIsFrozenOnceTheCycleOpens() {
        String cycle = mother.openCycle("2028-spring");
        given().auth().oauth2(mother.coordinator.token()).contentType(ContentType.JSON).body(EnrollmentMother.fullSchedule())
                .when().put("/api/v1/cycles/" + cycle + "/configuration")
                .then().statusCode(409).body("type", equalTo("urn:nearpeer:problem:cycle-not-draft"));
    }

    @Test
    void aCycleReportsItsRulesWithTheProgramsDefaults() {
        String cycle = mother.openCycle("2028-fall");
        given().auth().oauth2(mother.coordinator.token()).when().get("/api/v1/cycles/" + cycle)
                .then().statusCode(200)
                .body("status", equalTo("OPEN"))
                .body("rules.eligibleMenteeYears", equalTo(java.util.List.of("PY2", "Y1", "Y2")))
                .body("rules.mentorYearGapMax", equalTo(2))
                .body("rules.mentorCapacity", equalTo(1));
    }
}
