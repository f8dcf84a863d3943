package org.nearpeer.survey;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.nearpeer.testing.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class InstrumentResourceTest {

    private final String school = "school-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void theBuiltInQuestionnaireHasTheProgramsThreeLikertItemsAndOpenQuestions() {
        given().auth().oauth2(Tokens.coordinator(school).token()).when().get("/api/v1/instruments/templates/default")
                .then().statusCode(200)
                .body("findAll { it.type == 'LIKERT' }.id", equalTo(java.util.List.of("program_appropriate", "partner_attitude", "content_satisfaction")))
                .body("find { it.id == 'mentor_roles' }.maxSelections", equalTo(3))
                .body("findAll { it.type == 'OPEN_TEXT' }.size()", equalTo(3));
    }

    @Test
    void eachNewDraftOfANameIsTheNextVersion() {
        var coordinator = Tokens.coordinator(school).token();
        given().auth().oauth2(coordinator).contentType(ContentType.JSON).body("{}").when().post("/api/v1/instruments")
                .then().statusCode(201).body("version", equalTo(1));
        given().auth().oauth2(coordinator).contentType(ContentType.JSON).body("{}").when().post("/api/v1/instruments")
                .then().statusCode(201).body("version", equalTo(2));
        given().auth().oauth2(coordinator).when().get("/api/v1/instruments").then().statusCode(200).body("totalItems", equalTo(2));
    }

    @Test
    void itemDefinitionsThatDoNotMakeAnInstrumentAreRefused() {
        given().auth().oauth2(Tokens.coordinator(school).token()).contentType(ContentType.JSON)
                .body("{\"name\":\"Broken\",\"items\":[{\"id\":\"q1\",\"type\":\"LIKERT\",\"audience\":\"BOTH\",\"text\":\"?\",\"anchors\":[\"a\"]},"
                        + "{\"id\":\"q2\",\"type\":\"MULTIPLE_CHOICE\",\"audience\":\"BOTH\",\"text\":\"?\",\"options\":[{\"code\":\"A\",\"label\":\"a\"},"
                        + "{\"code\":\"B\",\"label\":\"b\"}],\"maxSelections\":5}]}")
                .when().post("/api/v1/instruments")
                .then().statusCode(422).body("violations.field", hasItem("items.q1.anchors")).body("violations.field", hasItem("items.q2.maxSelections"));
    }

    @Test
    void studentsCannotManageInstruments() {
        given().auth().oauth2(Tokens.student(school).token()).when().get("/api/v1/instruments").then().statusCode(403);
        given().auth().oauth2(Tokens.coordinator(school).token()).queryParam("page", -1).when().get("/api/v1/instruments")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void serviceIsReadyAndDocumented() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/openapi?format=json").then().statusCode(200).body("info.title", equalTo("Nearpeer survey API"));
    }
}
