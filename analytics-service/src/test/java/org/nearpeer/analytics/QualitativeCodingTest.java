package org.nearpeer.analytics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nearpeer.analytics.domain.stats.Agreement;
import org.nearpeer.events.enrollment.CycleCreated;
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
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Open answers enter the school's queue live; two coders code them, disagreements are adjudicated, and the results follow. */
@QuarkusTest
class QualitativeCodingTest {

    static final String STUDY = "outcomes/academic/study-strategies";
    static final String BOND = "mutual-benefits/relationship/interpersonal-relationship";
    static final String PRESSURE = "negative-experiences/burden/feeling-pressure";

    private final SchoolEvents events = new SchoolEvents("survey-service");
    private final String school = events.school();
    private final UUID cycle = UUID.randomUUID();
    private final UUID instrument = UUID.randomUUID();
    private final Tokens coderA = Tokens.coder(school).subject("coder-a-" + school);
    private final Tokens coderB = Tokens.coder(school).subject("coder-b-" + school);

    @AfterEach
    void close() {
        events.close();
    }

    private String coordinator() {
        return Tokens.coordinator(school).token();
    }

    /** Sets the double-coding share, publishes the instrument and one benefits answer per text; returns the response ids. */
    private List<UUID> answers(int doubleCodingPercent, ParticipantRole role, String... texts) {
        given().auth().oauth2(coordinator()).contentType(ContentType.JSON)
                .body(Map.of("doubleCodingPercent", doubleCodingPercent, "claimMinutes", 30)).put("/api/v1/coding/settings").then().statusCode(200);
        events.publish(cycle, new CycleCreated("2017-fall", "Fall", LocalDate.of(2017, 9, 1), LocalDate.of(2017, 9, 20)));
        events.publish(null, new InstrumentPublished(instrument, "Evaluation", 1, List.of(new ItemDefinition("benefits", ItemType.OPEN_TEXT, Audience.BOTH,
                "What did you gain?", null, null, List.of(), null, null, null, 2000, List.of(), false))));
        List<UUID> responses = new ArrayList<>();
        for (String text : texts) {
            UUID response = UUID.randomUUID();
            responses.add(response);
            events.publish(cycle, new ResponseSubmitted(response, UUID.randomUUID(), instrument, "p-" + response, role, "Y1", 1,
                    List.of(new Answer("benefits", null, null, null, null, text))));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(coordinator()).queryParam("cycleId", cycle)
                .get("/api/v1/coding/answers").then().statusCode(200).body("totalItems", equalTo(texts.length)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(coordinator()).get("/api/v1/cycles/" + cycle)
                .then().statusCode(200));
        return responses;
    }

    private Response claim(Tokens coder) {
        return given().auth().oauth2(coder.token()).queryParam("cycleId", cycle).post("/api/v1/coding/claims");
    }

    private Response submit(Tokens coder, String codingId, List<String> codes, String flag) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("codes", codes, "memo", "memo"));
        if (flag != null) {
            body.put("flag", flag);
        }
        return given().auth().oauth2(coder.token()).contentType(ContentType.JSON).body(body).put("/api/v1/coding/claims/" + codingId);
    }

    @Test
    void openAnswersEnterTheQueueLiveWithTheirTextForCoordinatorsOnly() {
        answers(0, ParticipantRole.MENTEE, "My mentor showed me how to plan for the anatomy exam.");
        given().auth().oauth2(coordinator()).queryParam("cycleId", cycle).get("/api/v1/coding/answers").then().statusCode(200)
                .body("items[0].text", equalTo("My mentor showed me how to plan for the anatomy exam."))
                .body("items[0].status", equalTo("QUEUED")).body("items[0].role", equalTo("MENTEE"));
        given().auth().oauth2(Tokens.coordinator("other-" + school).token()).queryParam("cycleId", cycle).get("/api/v1/coding/answers").then()
                .statusCode(200).body("totalItems", equalTo(0));
        given().auth().oauth2(Tokens.researcher().token()).get("/api/v1/coding/answers").then().statusCode(403);
        given().auth().oauth2(coderA.token()).get("/api/v1/coding/answers").then().statusCode(403);
        given().auth().oauth2(Tokens.student(school).token()).post("/api/v1/coding/claims").then().statusCode(403);
    }

    @Test
    void withoutDoubleCodingTwoCodersNeverGetTheSameAnswer() {
        answers(0, ParticipantRole.MENTEE, "first", "second");
        String first = claim(coderA).then().statusCode(200).extract().path("answerId");
        String again = claim(coderA).then().statusCode(200).extract().path("answerId");
        String second = claim(coderB).then().statusCode(200).extract().path("answerId");
        assertThat(again).as("a coder's open claim comes back").isEqualTo(first);
        assertThat(second).isNotEqualTo(first);
        claim(Tokens.coder(school).subject("coder-c-" + school)).then().statusCode(204);
    }

    @Test
    void doubleCodedAnswersAreCodedWhenCodersAgreeAndAdjudicatedWhenTheyDoNot() {
        answers(100, ParticipantRole.MENTEE, "We became friends and studied together.", "Meetings every week felt like a burden.");
        List<List<String>> codesA = List.of(List.of(STUDY, BOND), List.of(PRESSURE));
        List<List<String>> codesB = List.of(List.of(STUDY, BOND), List.of(BOND));
        List<String> answerIds = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Response a = claim(coderA);
            Response b = claim(coderB);
            assertThat(b.<String>path("answerId")).as("a double-coded answer goes to both coders").isEqualTo(a.path("answerId"));
            answerIds.add(a.path("answerId"));
            int index = a.<String>path("text").startsWith("We became") ? 0 : 1;
            submit(coderA, a.path("codingId"), codesA.get(index), null).then().statusCode(200).body("status", equalTo("QUEUED"));
            submit(coderB, b.path("codingId"), codesB.get(index), null).then().statusCode(200)
                    .body("status", equalTo(index == 0 ? "CODED" : "ADJUDICATION"));
        }
        claim(coderA).then().statusCode(204);

        String disputed = given().auth().oauth2(coordinator()).queryParam("status", "ADJUDICATION").get("/api/v1/coding/answers").then()
                .body("items", hasSize(1)).extract().path("items[0].answerId");
        given().auth().oauth2(coordinator()).contentType(ContentType.JSON).body(Map.of("codes", List.of(PRESSURE)))
                .put("/api/v1/coding/answers/" + disputed + "/adjudication").then().statusCode(200)
                .body("status", equalTo("CODED")).body("finalCodes", equalTo(List.of(PRESSURE))).body("flagged", equalTo(true));
        given().auth().oauth2(coordinator()).contentType(ContentType.JSON).body(Map.of("codes", List.of(PRESSURE)))
                .put("/api/v1/coding/answers/" + disputed + "/adjudication").then().statusCode(409);

        // agreement equals the coefficients of the same present/absent decisions
        List<Boolean> pooledA = new ArrayList<>();
        List<Boolean> pooledB = new ArrayList<>();
        List<String> active = given().auth().oauth2(coordinator()).get("/api/v1/codebook").then().extract()
                .path("codes.findAll { it.level == 'CODE' && it.retiredInVersion == null }.key");
        for (String code : active.stream().sorted().toList()) {
            for (int i = 0; i < 2; i++) {
                pooledA.add(codesA.get(i).contains(code));
                pooledB.add(codesB.get(i).contains(code));
            }
        }
        Agreement.Result expected = Agreement.of(pooledA, pooledB);
        given().auth().oauth2(coordinator()).queryParam("cycleId", cycle).get("/api/v1/coding/agreement").then().statusCode(200)
                .body("", hasSize(1)).body("[0].answers", equalTo(2))
                .body("[0].identicalCodeSets", equalTo(50.0f))
                .body("[0].overall.kappa", equalTo(expected.kappa().floatValue()))
                .body("[0].overall.alpha", equalTo(expected.alpha().floatValue()))
                .body("[0].perCode.find { it.code == 'outcomes/personal/lifestyle' }.agreement.kappa", nullValue())
                .body("[0].perCode.find { it.code == '" + STUDY + "' }.agreement.kappa", equalTo(1.0f))
                .body("[0].perCode.find { it.code == '" + BOND + "' }.agreement.percent", equalTo(0.5f));

        // results: the theme table by role, quotes, the alert, the CSV
        given().auth().oauth2(coordinator()).get("/api/v1/cycles/" + cycle + "/themes").then().statusCode(200)
                .body("codedMenteeAnswers", equalTo(2))
                .body("rows.find { it.key == 'outcomes' }.mentees", equalTo(1))
                .body("rows.find { it.key == 'negative-experiences' }.mentees", equalTo(1))
                .body("rows.find { it.key == 'negative-experiences' }.menteesPercent", equalTo(50.0f));
        given().auth().oauth2(coordinator()).queryParam("code", "negative-experiences").get("/api/v1/cycles/" + cycle + "/themes/quotes").then()
                .body("text", equalTo(List.of("Meetings every week felt like a burden.")));
        given().auth().oauth2(coordinator()).queryParam("flagged", true).get("/api/v1/coding/answers").then().body("items", hasSize(1));
        given().auth().oauth2(coordinator()).queryParam("cycleId", cycle).get("/api/v1/coding/segments").then().statusCode(200)
                .body(containsString("answerId,cycleId,itemId,role,status,codes,flagged,text"))
                .body(containsString(BOND + ";" + STUDY)); // codes sorted
        given().auth().oauth2(coordinator()).get("/api/v1/trends/themes").then().statusCode(200)
                .body("find { it.semester == '2017-fall' && it.theme == 'mutual-benefits' }.mentees", equalTo(1));
    }

    @Test
    void researchersSeeThemeCountsSuppressedAndNeverText() {
        answers(0, ParticipantRole.MENTOR, "Helping a junior was a joy.");
        var claim = claim(coderA);
        submit(coderA, claim.path("codingId"), List.of("mutual-benefits/growth/joy-of-helping"), null).then().statusCode(200);
        given().auth().oauth2(Tokens.researcher().token()).queryParam("school", school).get("/api/v1/feeds/themes").then().statusCode(200)
                .body("find { it.theme == 'mutual-benefits' && it.role == 'MENTOR' }.answers", nullValue())
                .body("find { it.theme == 'mutual-benefits' && it.role == 'MENTOR' }.suppressed", equalTo(true))
                .body(not(containsString("joy")));
        given().auth().oauth2(coordinator()).get("/api/v1/feeds/themes").then().statusCode(200)
                .body("find { it.theme == 'mutual-benefits' && it.role == 'MENTOR' }.answers", equalTo(1));
        given().auth().oauth2(Tokens.researcher().token()).get("/api/v1/coding/answers").then().statusCode(403);
    }

    @Test
    void aRevisedTextGoesBackToTheQueueAndAnErasureRemovesTheAnswer() {
        List<UUID> responses = answers(0, ParticipantRole.MENTEE, "It helped.");
        var claim = claim(coderA);
        submit(coderA, claim.path("codingId"), List.of(STUDY), null).then().statusCode(200).body("status", equalTo("CODED"));
        events.publish(cycle, new ResponseRevised(responses.get(0), UUID.randomUUID(), instrument, "p", ParticipantRole.MENTEE, "Y1", 2,
                List.of(new Answer("benefits", null, null, null, null, "It helped me plan my revision."))));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(coordinator()).queryParam("cycleId", cycle)
                .get("/api/v1/coding/answers").then().body("items[0].status", equalTo("QUEUED"))
                .body("items[0].text", equalTo("It helped me plan my revision.")).body("items[0].codings", hasSize(0)));
        events.publish(cycle, new ResponseErased(responses.get(0), UUID.randomUUID(), "p", "research consent withdrawn"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(coordinator()).queryParam("cycleId", cycle)
                .get("/api/v1/coding/answers").then().body("totalItems", equalTo(0)));
    }

    @Test
    void theCodebookIsSeededVersionedAndExportedAsRefiQda() {
        given().auth().oauth2(coordinator()).get("/api/v1/codebook").then().statusCode(200).body("version", equalTo(1))
                .body("codes.key", hasItem(PRESSURE)).body("codes.find { it.key == '" + PRESSURE + "' }.alert", equalTo(true));
        given().auth().oauth2(coordinator()).contentType(ContentType.JSON)
                .body(Map.of("key", "suggestions/format/online-meetings", "label", "Online meetings")).post("/api/v1/codebook/codes").then()
                .statusCode(201).body("addedInVersion", equalTo(2)).body("level", equalTo("CODE"));
        given().auth().oauth2(coordinator()).contentType(ContentType.JSON).body(Map.of("key", "suggestions/nowhere/x", "label", "X"))
                .post("/api/v1/codebook/codes").then().statusCode(422).contentType("application/problem+json");
        given().auth().oauth2(coordinator()).contentType(ContentType.JSON).body(Map.of("key", "Bad Key", "label", "X"))
                .post("/api/v1/codebook/codes").then().statusCode(400);
        // A code key is one path parameter, its slashes percent-encoded, as the OpenAPI document (and a client generated from it) has it.
        given().urlEncodingEnabled(false).auth().oauth2(coordinator()).delete("/api/v1/codebook/codes/suggestions%2Fformat%2Fspontaneity").then().statusCode(204);
        given().urlEncodingEnabled(false).auth().oauth2(coordinator()).delete("/api/v1/codebook/codes/suggestions%2Fformat%2Fspontaneity").then().statusCode(409);
        given().auth().oauth2(coordinator()).get("/api/v1/codebook").then().body("version", equalTo(3)).body("history", hasSize(3));
        String qdc = given().auth().oauth2(coderA.token()).get("/api/v1/codebook/export.qdc").then().statusCode(200).extract().asString();
        assertThat(qdc).contains("urn:QDA-XML:codebook:1.0").contains("name=\"Online meetings\" isCodable=\"true\"")
                .contains("name=\"Mentoring outcomes\" isCodable=\"false\"").doesNotContain("Spontaneity");
    }

    @Test
    void unknownCodesAndForeignClaimsAreProblems() {
        answers(0, ParticipantRole.MENTEE, "text");
        var claim = claim(coderA);
        submit(coderA, claim.path("codingId"), List.of("outcomes"), null).then().statusCode(422).body("detail", containsString("outcomes"));
        submit(coderB, claim.path("codingId"), List.of(STUDY), null).then().statusCode(404);
        submit(coderA, claim.path("codingId"), List.of(STUDY), "felt pushed").then().statusCode(200).body("flagged", equalTo(true));
        submit(coderA, claim.path("codingId"), List.of(STUDY), null).then().statusCode(409);
    }
}
