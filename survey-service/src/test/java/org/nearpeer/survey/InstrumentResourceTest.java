package org.nearpeer.survey;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.nearpeer.testing.Tokens;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class InstrumentResourceTest {

    @Test
    void coordinatorsListTheirSchoolsInstruments() {
        given().auth().oauth2(Tokens.coordinator("north-valley").token()).when().get("/api/v1/instruments")
                .then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void studentsCannotListInstrumentsAndBadPagingIsAProblem() {
        given().auth().oauth2(Tokens.student("north-valley").token()).when().get("/api/v1/instruments").then().statusCode(403);
        given().auth().oauth2(Tokens.coordinator("north-valley").token()).queryParam("page", -1).when().get("/api/v1/instruments")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void serviceIsReadyAndDocumented() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/openapi?format=json").then().statusCode(200).body("info.title", equalTo("Nearpeer survey API"));
    }
}
