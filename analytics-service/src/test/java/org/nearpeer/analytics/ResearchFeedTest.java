package org.nearpeer.analytics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nearpeer.analytics.domain.stats.LevelCounts;
import org.nearpeer.analytics.domain.stats.MannWhitney;
import org.nearpeer.events.enrollment.CycleCreated;
import org.nearpeer.events.enrollment.SchoolRegistered;
import org.nearpeer.events.survey.Answer;
import org.nearpeer.events.survey.InstrumentPublished;
import org.nearpeer.events.survey.ItemDefinition;
import org.nearpeer.events.survey.ResponseSubmitted;
import org.nearpeer.events.vocabulary.Audience;
import org.nearpeer.events.vocabulary.ItemType;
import org.nearpeer.events.vocabulary.ParticipantRole;
import org.nearpeer.testing.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The research feed: researchers see every school suppressed, coordinators their own school raw;
 * incremental by cursor, JSON or CSV, ETag-aware.
 */
@QuarkusTest
class ResearchFeedTest {

    private static final String FEED = "/api/v1/feeds/satisfaction";

    private final SchoolEvents events = new SchoolEvents("x-service");
    private final String school = events.school();
    private final UUID cycle = UUID.randomUUID();
    private final UUID instrument = UUID.randomUUID();

    @AfterEach
    void close() {
        events.close();
    }

    /** Threshold 3; mentors 4,4,4,5,5,5 and mentees 2,3,3,3,4,4,4 on one item, two mentors on another. */
    @BeforeEach
    void cohort() {
        events.publish(null, new SchoolRegistered("Feed school", List.of("main"), List.of("Y1", "Y2"), "en", "UTC", 3));
        events.publish(cycle, new CycleCreated("2017-fall", "Fall", LocalDate.of(2017, 9, 1), LocalDate.of(2017, 9, 30)));
        events.publish(null, new InstrumentPublished(instrument, "Evaluation", 1, List.of(likert("program_appropriate"), likert("would_recommend"))));
        for (int answer : new int[] {4, 4, 4, 5, 5, 5}) {
            respond(ParticipantRole.MENTOR, "program_appropriate", answer);
        }
        for (int answer : new int[] {2, 3, 3, 3, 4, 4, 4}) {
            respond(ParticipantRole.MENTEE, "program_appropriate", answer);
        }
        respond(ParticipantRole.MENTOR, "would_recommend", 5);
        respond(ParticipantRole.MENTOR, "would_recommend", 4);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(asCoordinator().get(FEED).jsonPath().getList("rows")).hasSize(4));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(asCoordinator().get(FEED)
                .jsonPath().getInt("rows.find { it.itemId == 'program_appropriate' && it.role == 'MENTEE' }.n")).isEqualTo(7));
    }

    private static ItemDefinition likert(String id) {
        return new ItemDefinition(id, ItemType.LIKERT, Audience.BOTH, id, null, null, List.of(), null, null, null, null,
                List.of("1", "2", "3", "4", "5"), false);
    }

    private void respond(ParticipantRole role, String item, int answer) {
        events.publish(cycle, new ResponseSubmitted(UUID.randomUUID(), UUID.randomUUID(), instrument, UUID.randomUUID().toString(), role, "Y1", 1,
                List.of(new Answer(item, answer, null, null, null, null))));
    }

    private static RequestSpecification as(Tokens tokens) {
        return given().config(RestAssured.config().jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE)))
                .auth().oauth2(tokens.token());
    }

    private RequestSpecification asCoordinator() {
        return as(Tokens.coordinator(school));
    }

    @Test
    void researchersSeeTheSchoolSuppressedBelowItsThreshold() {
        Response feed = as(Tokens.researcher()).queryParam("school", school).get(FEED);
        feed.then().statusCode(200)
                .body("rows", hasSize(4))
                .body("rows.find { it.itemId == 'program_appropriate' && it.role == 'MENTOR' }.distribution", equalTo(List.of(0, 0, 0, 3, 3)))
                .body("rows.find { it.itemId == 'program_appropriate' && it.role == 'MENTOR' }.mean", closeTo(4.5, 1e-12))
                // one mentee answered 2: a small cell, so the whole distribution is withheld, n and mean are not
                .body("rows.find { it.itemId == 'program_appropriate' && it.role == 'MENTEE' }.distribution", nullValue())
                .body("rows.find { it.itemId == 'program_appropriate' && it.role == 'MENTEE' }.n", equalTo(7))
                .body("rows.find { it.itemId == 'program_appropriate' && it.role == 'MENTEE' }.suppressed", equalTo(true))
                // ...and with it the comparison of the two groups
                .body("rows.find { it.itemId == 'program_appropriate' && it.role == 'MENTOR' }.pExact", nullValue())
                // two mentors: below the threshold, nothing of the group is shared
                .body("rows.find { it.itemId == 'would_recommend' && it.role == 'MENTOR' }.n", nullValue())
                .body("rows.find { it.itemId == 'would_recommend' && it.role == 'MENTOR' }.mean", nullValue())
                .body("rows.find { it.itemId == 'would_recommend' && it.role == 'MENTEE' }.n", equalTo(0))
                .body("rows[0].semester", equalTo("2017-fall"));
    }

    @Test
    void coordinatorsSeeTheirOwnSchoolUnsuppressedWithTheComparison() {
        var expected = MannWhitney.test(LevelCounts.of(0, 0, 0, 3, 3), LevelCounts.of(0, 1, 3, 3, 0));
        asCoordinator().get(FEED).then().statusCode(200)
                .body("rows.find { it.itemId == 'program_appropriate' && it.role == 'MENTEE' }.distribution", equalTo(List.of(0, 1, 3, 3, 0)))
                .body("rows.find { it.itemId == 'program_appropriate' && it.role == 'MENTEE' }.suppressed", equalTo(false))
                .body("rows.find { it.itemId == 'program_appropriate' && it.role == 'MENTEE' }.u", closeTo(expected.u(), 1e-12))
                .body("rows.find { it.itemId == 'program_appropriate' && it.role == 'MENTOR' }.pExact", closeTo(expected.pExact(), 1e-12))
                .body("rows.find { it.itemId == 'would_recommend' && it.role == 'MENTOR' }.n", equalTo(2));
    }

    @Test
    void aCoordinatorCannotReadAnotherSchoolsFeed() {
        as(Tokens.coordinator("other-" + school)).queryParam("school", school).get(FEED).then().statusCode(404);
        as(Tokens.coordinator("other-" + school)).get(FEED).then().statusCode(200).body("rows", hasSize(0));
        as(Tokens.student(school)).get(FEED).then().statusCode(403);
    }

    @Test
    void theCursorReturnsOnlyWhatChangedSince() {
        String cursor = asCoordinator().get(FEED).jsonPath().getString("nextCursor");
        asCoordinator().queryParam("cursor", cursor).get(FEED).then().statusCode(200).body("rows", hasSize(0)).body("hasMore", equalTo(false));
        respond(ParticipantRole.MENTEE, "would_recommend", 3);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> asCoordinator().queryParam("cursor", cursor).get(FEED).then()
                .body("rows", hasSize(2))
                .body("rows.find { it.role == 'MENTEE' }.itemId", equalTo("would_recommend"))
                .body("rows.find { it.role == 'MENTEE' }.n", equalTo(1)));
    }

    @Test
    void pagesFollowOneAnotherWithoutGapsOrRepeats() {
        Response first = asCoordinator().queryParam("limit", 1).get(FEED);
        first.then().body("rows", hasSize(2)).body("hasMore", equalTo(true));
        Response second = asCoordinator().queryParam("limit", 1).queryParam("cursor", first.jsonPath().getString("nextCursor")).get(FEED);
        second.then().body("rows", hasSize(2)).body("hasMore", equalTo(false));
        assertThat(first.jsonPath().getString("rows[0].itemId")).isNotEqualTo(second.jsonPath().getString("rows[0].itemId"));
        assertThat(first.header("Link")).contains("rel=\"next\"");
    }

    @Test
    void theSameFeedAsCsvWithStableColumns() {
        String csv = asCoordinator().queryParam("format", "csv").get(FEED).then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/csv")).extract().asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("school,cycleId,semester,itemId,role,n,mean,sd,median,d1,d2,d3,d4,d5,suppressed,u,pExact,pAsymptotic,"
                + "pAsymptoticCorrected");
        assertThat(lines).hasSize(5).anySatisfy(line -> assertThat(line).startsWith(school + "," + cycle + ",2017-fall,program_appropriate,MENTEE,7,"));
        asCoordinator().accept("text/csv").get(FEED).then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/csv"));
    }

    @Test
    void anUnchangedFeedAnswersNotModifiedToItsETag() {
        String etag = asCoordinator().get(FEED).then().statusCode(200).extract().header("ETag");
        asCoordinator().header("If-None-Match", etag).get(FEED).then().statusCode(304);
        respond(ParticipantRole.MENTOR, "would_recommend", 1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> asCoordinator().header("If-None-Match", etag).get(FEED).then().statusCode(200));
    }

    @Test
    void aForeignCursorOrBadParameterIsAProblemNotAFailure() {
        asCoordinator().queryParam("cursor", "not-ours").get(FEED).then().statusCode(400).contentType("application/problem+json");
        asCoordinator().queryParam("limit", 0).get(FEED).then().statusCode(400).contentType("application/problem+json");
        asCoordinator().queryParam("format", "xml").get(FEED).then().statusCode(400).contentType("application/problem+json");
    }
}
