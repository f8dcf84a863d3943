package org.nearpeer.enrollment;

import static io.restassured.RestAssured.given;

import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.nearpeer.testing.TenantIsolationMatrix;
import org.nearpeer.testing.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class TenantIsolationMatrixTest {

    @TestFactory
    Stream<DynamicNode> everyEndpointKeepsSchoolsApart() {
        String school = "school-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(Tokens.admin().token()).contentType(ContentType.JSON)
                .body("{\"id\":\"" + school + "\",\"name\":\"Own school\",\"campuses\":[\"main\"]}")
                .when().post("/api/v1/admin/schools").then().statusCode(201);
        String cycleId = given().auth().oauth2(Tokens.coordinator(school).token()).contentType(ContentType.JSON)
                .body("{\"semester\":\"2026-fall\",\"title\":\"t\",\"applicationOpensOn\":\"2026-08-24\",\"applicationClosesOn\":\"2026-09-11\"}")
                .when().post("/api/v1/cycles").then().statusCode(201).extract().path("id");
        return TenantIsolationMatrix.forSchool(school)
                .pathValue("cycleId", cycleId)
                .pathValue("schoolId", school)
                .tests();
    }
}
