package org.nearpeer.analytics;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nearpeer.analytics.domain.stats.LevelCounts;
import org.nearpeer.analytics.domain.stats.MannWhitney;
import org.nearpeer.events.survey.Answer;
import org.nearpeer.events.survey.InstrumentPublished;
import org.nearpeer.events.survey.ItemDefinition;
import org.nearpeer.events.survey.ResponseErased;
import org.nearpeer.events.survey.ResponseRevised;
import org.nearpeer.events.survey.ResponseSubmitted;
import org.nearpeer.events.vocabulary.Audience;
import org.nearpeer.events.vocabulary.ItemType;
import org.nearpeer.events.vocabulary.ParticipantRole;
import org.nearpeer.testing.Tokens;

import io.quarkus.test.junit.QuarkusTest;

/** Survey events in, the satisfaction table out: live, with revisions replacing and erasures removing answers. */
@QuarkusTest
class SatisfactionStatisticsTest {

    private final SchoolEvents events = new SchoolEvents("survey-service");
    private final String school = events.school();
    private final UUID cycle = UUID.randomUUID();
    private final UUID campaign = UUID.randomUUID();
    private final UUID instrument = UUID.randomUUID();

    @AfterEach
    void close() {
        events.close();
    }

    private void instrument() {
        List<String> anchors = List.of("not at all", "low", "moderate", "high", "very high");
        events.publish(null, new InstrumentPublished(instrument, "Evaluation", 1, List.of(
                new ItemDefinition("program_appropriate", ItemType.LIKERT, Audience.BOTH, "Appropriate?", null, null, List.of(), null, null,
                        null, null, anchors, true),
                new ItemDefinition("mentor_roles", ItemType.MULTIPLE_CHOICE, Audience.BOTH, "Roles?", null, null,
                        List.of(new org.nearpeer.events.survey.ChoiceOption("STUDY_ADVISOR", "study advisor"),
                                new org.nearpeer.events.survey.ChoiceOption("ROLE_MODEL", "role model"),
                                new org.nearpeer.events.survey.ChoiceOption("FRIEND", "friend")), 3, null, null, null, List.of(), false),
                new ItemDefinition("benefits", ItemType.OPEN_TEXT, Audience.BOTH, "Benefits?", null, null, List.of(), null, null, null, 2000,
                        List.of(), false))));
    }

    private UUID respond(ParticipantRole role, int answer) {
        UUID response = UUID.randomUUID();
        events.publish(cycle, new ResponseSubmitted(response, campaign, instrument, UUID.randomUUID().toString(), role, "Y1", 1,
                List.of(new Answer("program_appropriate", answer, null, null, null, null), new Answer("benefits", null, null, null, null, "text"),
                        new Answer("mentor_roles", null, null, answer >= 4 ? List.of("STUDY_ADVISOR", "ROLE_MODEL") : List.of("FRIEND"), null, null))));
        return response;
    }

    private io.restassured.response.ValidatableResponse table() {
        // Doubles, not floats: the figures are compared to 1e-12.
        return given().config(io.restassured.RestAssured.config().jsonConfig(io.restassured.config.JsonConfig.jsonConfig()
                        .numberReturnType(io.restassured.path.json.config.JsonPathConfig.NumberReturnType.DOUBLE)))
                .auth().oauth2(Tokens.coordinator(school).token()).when().get("/api/v1/cycles/" + cycle + "/satisfaction").then().statusCode(200);
    }

    @Test
    void responsesBecomeTheSatisfactionTableWithExactAndAsymptoticTests() {
        instrument();
        int[] mentors = {4, 4, 3, 5, 4, 3, 4, 5, 2};
        int[] mentees = {3, 4, 3, 3, 4, 2, 4, 3, 5, 3};
        for (int a : mentors) {
            respond(ParticipantRole.MENTOR, a);
        }
        for (int a : mentees) {
            respond(ParticipantRole.MENTEE, a);
        }
        LevelCounts x = LevelCounts.of(0, 1, 2, 4, 2);
        LevelCounts y = LevelCounts.of(0, 1, 5, 3, 1);
        var expected = MannWhitney.test(x, y);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> table()
                .body("size()", equalTo(1))
                .body("[0].itemId", equalTo("program_appropriate"))
                .body("[0].mentors.n", equalTo(9))
                .body("[0].mentees.n", equalTo(10)));
        table().body("[0].mentors.mean", closeTo(x.mean(), 1e-12))
                .body("[0].mentees.sd", closeTo(y.standardDeviation(), 1e-12))
                .body("[0].mentees.distribution", equalTo(List.of(0, 1, 5, 3, 1)))
                .body("[0].comparison.u", closeTo(expected.u(), 1e-12))
                .body("[0].comparison.pExact", closeTo(expected.pExact(), 1e-12))
                .body("[0].comparison.pAsymptoticCorrected", closeTo(expected.pAsymptoticCorrected(), 1e-12));
    }

    @Test
    void choiceAnswersBecomeFrequencyTablesWithPercentagesOfRespondents() {
        instrument();
        respond(ParticipantRole.MENTOR, 5);
        respond(ParticipantRole.MENTOR, 3);
        respond(ParticipantRole.MENTEE, 4);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().config(io.restassured.RestAssured.config().jsonConfig(
                        io.restassured.config.JsonConfig.jsonConfig().numberReturnType(io.restassured.path.json.config.JsonPathConfig.NumberReturnType.DOUBLE)))
                .auth().oauth2(Tokens.coordinator(school).token()).when().get("/api/v1/cycles/" + cycle + "/frequencies")
                .then().statusCode(200)
                .body("[0].itemId", equalTo("mentor_roles"))
                .body("[0].mentorRespondents", equalTo(2))
                .body("[0].options.find { it.option == 'STUDY_ADVISOR' }.mentors", equalTo(1))
                .body("[0].options.find { it.option == 'STUDY_ADVISOR' }.mentorsPercent", closeTo(50.0, 1e-12))
                .body("[0].options.find { it.option == 'FRIEND' }.mentees", equalTo(0))
                .body("[0].options.find { it.option == 'ROLE_MODEL' }.menteesPercent", closeTo(100.0, 1e-12)));
    }

    @Test
    void aRevisionReplacesTheAnswerALateOlderRevisionChangesNothingAndAnErasureRemovesIt() {
        instrument();
        UUID response = respond(ParticipantRole.MENTEE, 2);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> table().body("[0].mentees.distribution", equalTo(List.of(0, 1, 0, 0, 0))));
        events.publish(cycle, new ResponseRevised(response, campaign, instrument, "p", ParticipantRole.MENTEE, "Y1", 3,
                List.of(new Answer("program_appropriate", 5, null, null, null, null))));
        events.publish(cycle, new ResponseRevised(response, campaign, instrument, "p", ParticipantRole.MENTEE, "Y1", 2,
                List.of(new Answer("program_appropriate", 1, null, null, null, null))));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> table().body("[0].mentees.distribution", equalTo(List.of(0, 0, 0, 0, 1))));
        events.publish(cycle, new ResponseErased(response, campaign, "p", "research consent withdrawn"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> table().body("[0].mentees.n", equalTo(0)).body("[0].mentees.mean", nullValue())
                .body("[0].comparison.pExact", nullValue()));
    }

    @Test
    void aResponseThatArrivesBeforeItsInstrumentIsParkedAndCountedOnceTheInstrumentArrives() {
        respond(ParticipantRole.MENTOR, 4);
        await().pollDelay(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).untilAsserted(() -> table().body("size()", equalTo(0)));
        instrument();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> table().body("[0].mentors.n", equalTo(1)));
    }
}
