package org.nearpeer.matching;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Stream;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.nearpeer.events.enrollment.CycleCreated;
import org.nearpeer.testing.TenantIsolationMatrix;
import org.nearpeer.testing.TestEventProducer;
import org.nearpeer.testing.Tokens;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class TenantIsolationMatrixTest {

    @TestFactory
    Stream<DynamicNode> everyEndpointKeepsSchoolsApart() {
        String school = "school-" + UUID.randomUUID().toString().substring(0, 8);
        UUID cycleId = UUID.randomUUID();
        try (TestEventProducer producer = new TestEventProducer(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class))) {
            producer.publish(TestEventProducer.envelope("enrollment-service", school, cycleId, "cycle/" + cycleId,
                    new CycleCreated("2026-fall", "Fall", LocalDate.of(2026, 8, 24), LocalDate.of(2026, 9, 11))));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.coordinator(school).token())
                .when().get("/api/v1/cycles/" + cycleId + "/pool").then().statusCode(200));
        return TenantIsolationMatrix.forSchool(school).pathValue("cycleId", cycleId.toString()).tests();
    }
}
