package org.nearpeer.analytics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.equalTo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nearpeer.analytics.domain.stats.LevelCounts;
import org.nearpeer.analytics.domain.stats.MannWhitney;
import org.nearpeer.events.enrollment.ApplicationSubmitted;
import org.nearpeer.events.enrollment.CycleCreated;
import org.nearpeer.events.enrollment.SchoolRegistered;
import org.nearpeer.events.survey.Answer;
import org.nearpeer.events.survey.CampaignOpened;
import org.nearpeer.events.survey.ChoiceOption;
import org.nearpeer.events.survey.InstrumentPublished;
import org.nearpeer.events.survey.ItemDefinition;
import org.nearpeer.events.survey.ResponseSubmitted;
import org.nearpeer.events.vocabulary.Audience;
import org.nearpeer.events.vocabulary.Gender;
import org.nearpeer.events.vocabulary.HelpArea;
import org.nearpeer.events.vocabulary.ItemType;
import org.nearpeer.events.vocabulary.MeetingMethod;
import org.nearpeer.events.vocabulary.ParticipantRole;
import org.nearpeer.testing.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;

/** The program report of one cycle or two pooled: the paper's tables, as JSON, PDF and CSV files. */
@QuarkusTest
class ProgramReportTest {

    private final SchoolEvents events = new SchoolEvents("x-service");
    private final String school = events.school();
    private final UUID fall = UUID.randomUUID();
    private final UUID spring = UUID.randomUUID();
    private final UUID instrument = UUID.randomUUID();

    @AfterEach
    void close() {
        events.close();
    }

    private RequestSpecification coordinator() {
        return given().config(RestAssured.config().jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE)))
                .auth().oauth2(Tokens.coordinator(school).token());
    }

    /** Fall: mentors answer 4,4,5 and mentees 3,4; spring: mentors 5 and mentees 2,3. */
    @BeforeEach
    void twoSemesters() {
        events.publish(null, new SchoolRegistered("Valley Medical School", List.of("main"), List.of("PY2", "Y1", "Y2"), "en", "UTC", 10));
        events.publish(fall, new CycleCreated("2017-fall", "Fall semester", LocalDate.of(2017, 9, 1), LocalDate.of(2017, 9, 20)));
        events.publish(spring, new CycleCreated("2018-spring", "Spring semester", LocalDate.of(2018, 3, 1), LocalDate.of(2018, 3, 20)));
        events.publish(null, new InstrumentPublished(instrument, "Evaluation", 1, List.of(
                new ItemDefinition("meetings_per_semester", ItemType.SINGLE_CHOICE, Audience.BOTH, "How many times did you meet?", null, null,
                        List.of(new ChoiceOption("LESS_THAN_3", "fewer than 3"), new ChoiceOption("FOUR_TO_FIVE", "4–5")), null, null, null, null,
                        List.of(), true),
                new ItemDefinition("mentor_roles", ItemType.MULTIPLE_CHOICE, Audience.BOTH, "Roles?", null, null,
                        List.of(new ChoiceOption("FRIEND", "friend"), new ChoiceOption("ROLE_MODEL", "role model")), 2, null, null, null, List.of(), true),
                new ItemDefinition("program_appropriate", ItemType.LIKERT, Audience.BOTH, "Was the mentoring program appropriate?", null, null,
                        List.of(), null, null, null, null, List.of("1", "2", "3", "4", "5"), true))));
        for (UUID cycle : List.of(fall, spring)) {
            events.publish(cycle, new CampaignOpened(UUID.randomUUID(), instrument, Instant.now().plusSeconds(86_400), 4, 3));
            for (ParticipantRole role : List.of(ParticipantRole.MENTOR, ParticipantRole.MENTEE)) {
                events.publish(cycle, new ApplicationSubmitted(UUID.randomUUID(), UUID.randomUUID().toString(), role, "Y1", "main", Gender.FEMALE,
                        Set.of(HelpArea.EXAM_REVIEW), Set.of(), Set.of(MeetingMethod.FACE_TO_FACE), List.of(), null, null, true));
            }
        }
        respond(fall, ParticipantRole.MENTOR, 4, "FOUR_TO_FIVE", List.of("FRIEND", "ROLE_MODEL"));
        respond(fall, ParticipantRole.MENTOR, 4, "FOUR_TO_FIVE", List.of("ROLE_MODEL"));
        respond(fall, ParticipantRole.MENTOR, 5, "LESS_THAN_3", List.of("FRIEND"));
        respond(fall, ParticipantRole.MENTEE, 3, "LESS_THAN_3", List.of("FRIEND"));
        respond(fall, ParticipantRole.MENTEE, 4, "FOUR_TO_FIVE", List.of("ROLE_MODEL"));
        respond(spring, ParticipantRole.MENTOR, 5, "FOUR_TO_FIVE", List.of("ROLE_MODEL"));
        respond(spring, ParticipantRole.MENTEE, 2, "LESS_THAN_3", List.of("FRIEND"));
        respond(spring, ParticipantRole.MENTEE, 3, "LESS_THAN_3", List.of("FRIEND"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> coordinator().queryParam("cycleId", fall).queryParam("cycleId", spring)
                .get("/api/v1/reports/program").then().statusCode(200)
                .body("satisfaction[0].figures.mentees.n", equalTo(4))
                .body("program.participation.mentors", equalTo(2))
                .body("schoolName", equalTo("Valley Medical School")));
    }

    private void respond(UUID cycle, ParticipantRole role, int likert, String meetings, List<String> roles) {
        events.publish(cycle, new ResponseSubmitted(UUID.randomUUID(), UUID.randomUUID(), instrument, UUID.randomUUID().toString(), role, "Y1", 1,
                List.of(new Answer("program_appropriate", likert, null, null, null, null), new Answer("meetings_per_semester", null, meetings, null, null,
                        null), new Answer("mentor_roles", null, null, roles, null, null))));
    }

    @Test
    void oneCycleReportsThePapersTables() {
        var expected = MannWhitney.test(LevelCounts.of(0, 0, 0, 2, 1), LevelCounts.of(0, 0, 1, 1, 0));
        coordinator().queryParam("cycleId", fall).get("/api/v1/reports/program").then().statusCode(200)
                .body("cycles[0].semester", equalTo("2017-fall"))
                .body("program.responseRate.overall.invited", equalTo(7))
                .body("program.responseRate.overall.percent", closeTo(500.0 / 7, 1e-9))
                .body("implementationFromSurvey[0].itemId", equalTo("meetings_per_semester"))
                .body("implementationFromSurvey[0].options.find { it.option == 'FOUR_TO_FIVE' }.mentors", equalTo(2))
                .body("satisfaction[0].question", equalTo("Was the mentoring program appropriate?"))
                .body("satisfaction[0].figures.mentors.mean", closeTo(13.0 / 3, 1e-12))
                .body("satisfaction[0].figures.comparison.pExact", closeTo(expected.pExact(), 1e-12))
                .body("satisfaction[0].figures.comparison.pAsymptotic", closeTo(expected.pAsymptotic(), 1e-12))
                .body("mentorRoles[0].options.find { it.option == 'ROLE_MODEL' }.mentorsPercent", closeTo(200.0 / 3, 1e-9))
                .body("purposes.size()", equalTo(0));
    }

    @Test
    void twoCyclesArePooled() {
        var expected = MannWhitney.test(LevelCounts.of(0, 0, 0, 2, 2), LevelCounts.of(0, 1, 2, 1, 0));
        coordinator().queryParam("cycleId", spring).queryParam("cycleId", fall).get("/api/v1/reports/program").then().statusCode(200)
                .body("cycles.semester", equalTo(List.of("2017-fall", "2018-spring")))
                .body("satisfaction[0].figures.mentors.n", equalTo(4))
                .body("satisfaction[0].figures.mentees.distribution", equalTo(List.of(0, 1, 2, 1, 0)))
                .body("satisfaction[0].figures.comparison.u", closeTo(expected.u(), 1e-12))
                .body("satisfaction[0].figures.comparison.pExact", closeTo(expected.pExact(), 1e-12))
                .body("program.responseRate.overall.invited", equalTo(14));
    }

    @Test
    void theReportComesAsPdfAndAsCsvFiles() throws IOException {
        byte[] pdf = coordinator().queryParam("cycleId", fall).queryParam("format", "pdf").get("/api/v1/reports/program").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        byte[] zip = coordinator().queryParam("cycleId", fall).queryParam("format", "csv").get("/api/v1/reports/program").then().statusCode(200)
                .contentType("application/zip").extract().asByteArray();
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(files).containsKeys("participants.csv", "response-rate.csv", "table1-implementation-survey.csv", "table1-implementation-logs.csv",
                "table2-satisfaction.csv", "table3-purposes.csv", "table4-mentor-roles.csv", "themes.csv");
        assertThat(files.get("table2-satisfaction.csv")).startsWith("itemId,question,mentorsN,mentorsMean,mentorsSd,menteesN")
                .contains("program_appropriate,Was the mentoring program appropriate?,3,4.333");
    }

    @Test
    void anotherSchoolsCycleIsNotFound() {
        given().auth().oauth2(Tokens.coordinator("other-" + school).token()).queryParam("cycleId", fall).get("/api/v1/reports/program").then()
                .statusCode(404).contentType("application/problem+json");
        coordinator().get("/api/v1/reports/program").then().statusCode(400);
        coordinator().queryParam("cycleId", fall).queryParam("format", "docx").get("/api/v1/reports/program").then().statusCode(400);
    }
}
