package org.nearpeer.analytics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nearpeer.events.enrollment.CycleCreated;
import org.nearpeer.events.survey.Answer;
import org.nearpeer.events.survey.InstrumentPublished;
import org.nearpeer.events.survey.ItemDefinition;
import org.nearpeer.events.survey.ResponseSubmitted;
import org.nearpeer.events.vocabulary.Audience;
import org.nearpeer.events.vocabulary.ItemType;
import org.nearpeer.events.vocabulary.ParticipantRole;
import org.nearpeer.testing.Tokens;

import io.quarkus.test.junit.QuarkusTest;

/** Satisfaction across semesters, as numbers and as SVG/PNG charts. */
@QuarkusTest
class ChartsAndTrendsTest {

    private final SchoolEvents events = new SchoolEvents("x-service");
    private final String school = events.school();
    private final UUID fall = UUID.randomUUID();
    private final UUID spring = UUID.randomUUID();
    private final UUID instrument = UUID.randomUUID();

    @AfterEach
    void close() {
        events.close();
    }

    @BeforeEach
    void twoSemesters() {
        // the later semester is created first: trends follow the calendar, not arrival
        events.publish(spring, new CycleCreated("2017-spring", "Spring", LocalDate.of(2017, 3, 1), LocalDate.of(2017, 3, 15)));
        events.publish(fall, new CycleCreated("2016-fall", "Fall", LocalDate.of(2016, 9, 1), LocalDate.of(2016, 9, 15)));
        events.publish(null, new InstrumentPublished(instrument, "Evaluation", 1, List.of(new ItemDefinition("program_appropriate", ItemType.LIKERT,
                Audience.BOTH, "Appropriate?", null, null, List.of(), null, null, null, null, List.of("1", "2", "3", "4", "5"), false))));
        respond(fall, ParticipantRole.MENTOR, 3);
        respond(fall, ParticipantRole.MENTOR, 4);
        respond(fall, ParticipantRole.MENTEE, 2);
        respond(spring, ParticipantRole.MENTOR, 5);
        respond(spring, ParticipantRole.MENTEE, 4);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(coordinator()).get("/api/v1/trends/satisfaction")
                .then().statusCode(200).body("", hasSize(4)));
    }

    private void respond(UUID cycle, ParticipantRole role, int answer) {
        events.publish(cycle, new ResponseSubmitted(UUID.randomUUID(), UUID.randomUUID(), instrument, UUID.randomUUID().toString(), role, "Y1", 1,
                List.of(new Answer("program_appropriate", answer, null, null, null, null))));
    }

    private String coordinator() {
        return Tokens.coordinator(school).token();
    }

    @Test
    void trendsListEachSemesterOldestFirst() {
        given().auth().oauth2(coordinator()).queryParam("item", "program_appropriate").get("/api/v1/trends/satisfaction").then().statusCode(200)
                .body("semester", equalTo(List.of("2016-fall", "2016-fall", "2017-spring", "2017-spring")))
                .body("[0].role", equalTo("MENTEE"))
                .body("[1].mean", equalTo(3.5f))
                .body("[1].n", equalTo(2));
    }

    @Test
    void theLikertChartIsAnSvgDocumentNamingEachItemAndRole() {
        String svg = given().auth().oauth2(coordinator()).get("/api/v1/cycles/" + fall + "/charts/satisfaction").then().statusCode(200)
                .contentType("image/svg+xml").extract().asString();
        assertThat(svg).contains("<svg").contains("program_appropriate · mentors (n=2)").contains("program_appropriate · mentees (n=1)");
    }

    @Test
    void chartsComeAsPngOnRequest() {
        byte[] png = given().auth().oauth2(coordinator()).queryParam("format", "png").queryParam("width", 640).queryParam("height", 360)
                .get("/api/v1/trends/satisfaction/chart").then().statusCode(200).contentType("image/png").extract().asByteArray();
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    }

    @Test
    void aBadChartRequestIsAProblem() {
        given().auth().oauth2(coordinator()).queryParam("format", "gif").get("/api/v1/trends/satisfaction/chart").then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(coordinator()).queryParam("width", 10).get("/api/v1/cycles/" + fall + "/charts/satisfaction").then().statusCode(400);
    }
}
