package org.nearpeer.matching;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.nearpeer.events.enrollment.CycleCreated;
import org.nearpeer.testing.TestEventProducer;
import org.nearpeer.testing.Tokens;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CandidatePoolResourceTest {

    private final String school = "school-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aCreatedCycleGetsAnEmptyPoolVisibleOnlyToItsSchool() {
        UUID cycleId = UUID.randomUUID();
        try (TestEventProducer producer = new TestEventProducer(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class))) {
            producer.publish(TestEventProducer.envelope("enrollment-service", school, cycleId, "cycle/" + cycleId,
                    new CycleCreated("2026-fall", "Fall", LocalDate.of(2026, 8, 24), LocalDate.of(2026, 9, 11))));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.coordinator(school).token())
                .when().get("/api/v1/cycles/" + cycleId + "/pool")
                .then().statusCode(200).body("semester", equalTo("2026-fall")).body("mentees", equalTo(0)));
        given().auth().oauth2(Tokens.coordinator("elsewhere").token())
                .when().get("/api/v1/cycles/" + cycleId + "/pool")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void studentsAndAnonymousCallersCannotReadPools() {
        given().auth().oauth2(Tokens.student(school).token()).when().get("/api/v1/cycles/" + UUID.randomUUID() + "/pool").then().statusCode(403);
        given().when().get("/api/v1/cycles/" + UUID.randomUUID() + "/pool").then().statusCode(401);
    }

    @Test
    void serviceIsReadyAndDocumented() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/openapi?format=json").then().statusCode(200).body("info.title", equalTo("Nearpeer matching API"));
    }
}
