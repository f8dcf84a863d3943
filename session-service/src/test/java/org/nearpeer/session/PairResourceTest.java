package org.nearpeer.session;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.nearpeer.testing.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;

@QuarkusTest
class PairResourceTest {

    @Test
    void coordinatorsAndStudentsListPairsOfTheirOwnScope() {
        given().auth().oauth2(Tokens.coordinator("north-valley").token()).when().get("/api/v1/pairs")
                .then().statusCode(200).body("totalItems", equalTo(0)).body("page", equalTo(0)).body("size", equalTo(20));
        given().auth().oauth2(Tokens.student("north-valley").token()).when().get("/api/v1/pairs")
                .then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void aTokenWithoutASchoolCannotReadSchoolData() {
        given().auth().oauth2(Tokens.coordinator("north-valley").school(null).token()).when().get("/api/v1/pairs")
                .then().statusCode(403).contentType("application/problem+json").body("type", equalTo("urn:nearpeer:problem:no-school"));
        given().when().get("/api/v1/pairs").then().statusCode(401);
        given().auth().oauth2(Tokens.researcher().token()).when().get("/api/v1/pairs").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "student-1", roles = "student")
    @OidcSecurity(claims = @Claim(key = "school", value = "north-valley"))
    void aStudentWithASchoolClaimListsOnlyTheirOwnPairs() {
        given().when().get("/api/v1/pairs").then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    @TestSecurity(user = "ir-system", roles = "researcher")
    void researchersGetNoRowLevelPairData() {
        given().when().get("/api/v1/pairs").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void serviceIsReadyAndDocumented() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/openapi?format=json").then().statusCode(200).body("info.title", equalTo("Nearpeer session API"));
    }
}
