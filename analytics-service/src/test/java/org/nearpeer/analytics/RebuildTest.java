package org.nearpeer.analytics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nearpeer.events.enrollment.ApplicationSubmitted;
import org.nearpeer.events.enrollment.ApplicationWithdrawn;
import org.nearpeer.events.enrollment.CycleCreated;
import org.nearpeer.events.matching.PairConfirmed;
import org.nearpeer.events.matching.PairDissolved;
import org.nearpeer.events.session.SessionConfirmed;
import org.nearpeer.events.session.SessionLogged;
import org.nearpeer.events.survey.Answer;
import org.nearpeer.events.survey.CampaignOpened;
import org.nearpeer.events.survey.ChoiceOption;
import org.nearpeer.events.survey.InstrumentPublished;
import org.nearpeer.events.survey.ItemDefinition;
import org.nearpeer.events.survey.ResponseErased;
import org.nearpeer.events.survey.ResponseRevised;
import org.nearpeer.events.survey.ResponseSubmitted;
import org.nearpeer.events.vocabulary.Audience;
import org.nearpeer.events.vocabulary.Gender;
import org.nearpeer.events.vocabulary.HelpArea;
import org.nearpeer.events.vocabulary.ItemType;
import org.nearpeer.events.vocabulary.MeetingMethod;
import org.nearpeer.events.vocabulary.PairOrigin;
import org.nearpeer.events.vocabulary.ParticipantRole;
import org.nearpeer.events.vocabulary.ParticipationPurpose;
import org.nearpeer.events.vocabulary.SessionActivity;
import org.nearpeer.events.vocabulary.SessionLocation;
import org.nearpeer.events.vocabulary.SessionMethod;
import org.nearpeer.testing.Tokens;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** Replaying the topics into emptied projections gives exactly the figures live consumption gave. */
@QuarkusTest
class RebuildTest {

    @Inject
    MeterRegistry meters;

    @Inject
    io.agroal.api.AgroalDataSource database;

    private final SchoolEvents events = new SchoolEvents("x-service");
    private final String school = events.school();
    private final UUID cycle = UUID.randomUUID();
    private final UUID instrument = UUID.randomUUID();
    private final Random random = new Random(7);

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRebuildGivesIdenticalTables() {
        cohort();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat((Map<String, Object>) get("/program").get("participation"))
                .containsEntry("mentors", 10).containsEntry("mentees", 11));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(((Map<?, ?>) get("/program").get("implementation")).get("dissolvedPairs"))
                .isEqualTo(1));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(satisfaction()).isNotEmpty().first().extracting("mentees")
                .extracting("n").isEqualTo(10));
        Object satisfaction = satisfaction();
        Object frequencies = given().auth().oauth2(coordinator()).get("/api/v1/cycles/" + cycle + "/frequencies").then().statusCode(200)
                .extract().as(Object.class);
        Map<String, Object> program = get("/program");
        List<Map<String, Object>> feed = feedRows();

        double parkedBefore = parkedSurveyEvents();
        given().auth().oauth2(Tokens.admin().token()).post("/api/v1/admin/rebuild").then().statusCode(202).body("state", equalTo("RUNNING"));
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> given().auth().oauth2(Tokens.admin().token()).get("/api/v1/admin/rebuild")
                .then().statusCode(200).body("state", equalTo("DONE")));
        // The instrument (keyed by school) is replayed before the responses (keyed by cycle, on
        // another partition), so no response waits for it in the parking lot.
        assertThat(parkedSurveyEvents()).as("survey events parked during the rebuild").isEqualTo(parkedBefore);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(satisfaction()).isEqualTo(satisfaction);
            assertThat(given().auth().oauth2(coordinator()).get("/api/v1/cycles/" + cycle + "/frequencies").then().extract().as(Object.class))
                    .isEqualTo(frequencies);
            assertThat(get("/program")).isEqualTo(program);
            assertThat(feedRows()).isEqualTo(feed);
        });
    }

    @Test
    void aRebuildForgetsOnlyWhatAnalyticsRecorded() throws Exception {
        // A database shared with another consumer: its dedupe rows survive (deleted around them, not truncated).
        UUID foreign = UUID.randomUUID();
        try (var connection = database.getConnection(); var insert = connection.prepareStatement(
                "insert into processed_event (consumer, event_id, event_type) values ('reports.survey', ?, 'nearpeer.survey.response-submitted.v1')")) {
            insert.setObject(1, foreign);
            insert.executeUpdate();
        }

        try {
            given().auth().oauth2(Tokens.admin().token()).post("/api/v1/admin/rebuild").then().statusCode(202);
            await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> given().auth().oauth2(Tokens.admin().token()).get("/api/v1/admin/rebuild")
                    .then().statusCode(200).body("state", equalTo("DONE")));

            try (var connection = database.getConnection(); var rows = connection.createStatement().executeQuery(
                    "select consumer from processed_event where event_id = '" + foreign + "'")) {
                assertThat(rows.next()).as("the other consumer's dedupe row").isTrue();
                assertThat(rows.getString(1)).isEqualTo("reports.survey");
            }
        } finally {
            // Later rebuilds in this test run truncate again only if no foreign row is left behind.
            try (var connection = database.getConnection(); var delete = connection.prepareStatement("delete from processed_event where event_id = ?")) {
                delete.setObject(1, foreign);
                delete.executeUpdate();
            }
        }
    }

    private double parkedSurveyEvents() {
        var counter = meters.find("nearpeer.inbox.parked").tag("consumer", "analytics.survey").counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void onlyAPlatformAdministratorMayRebuild() {
        given().auth().oauth2(coordinator()).post("/api/v1/admin/rebuild").then().statusCode(403);
        given().auth().oauth2(Tokens.researcher().token()).post("/api/v1/admin/rebuild").then().statusCode(403);
    }

    private String coordinator() {
        return Tokens.coordinator(school).token();
    }

    private Map<String, Object> get(String table) {
        return given().auth().oauth2(coordinator()).get("/api/v1/cycles/" + cycle + table).then().statusCode(200).extract().as(Map.class);
    }

    private List<?> satisfaction() {
        return given().auth().oauth2(coordinator()).get("/api/v1/cycles/" + cycle + "/satisfaction").then().statusCode(200).extract().as(List.class);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> feedRows() {
        List<Map<String, Object>> rows = new ArrayList<>((List<Map<String, Object>>) given().auth().oauth2(coordinator())
                .get("/api/v1/feeds/satisfaction").then().statusCode(200).extract().as(Map.class).get("rows"));
        rows.sort(Comparator.comparing(r -> r.get("itemId") + "/" + r.get("role")));
        return rows;
    }

    /** Every kind of event analytics takes, including revisions, an erasure, a withdrawal and a dissolved pair. */
    private void cohort() {
        events.publish(cycle, new CycleCreated("2018-spring", "Spring", LocalDate.of(2018, 3, 1), LocalDate.of(2018, 3, 20)));
        events.publish(null, new InstrumentPublished(instrument, "Evaluation", 1, List.of(likert("program_appropriate"), likert("mentoring_helpful"),
                new ItemDefinition("purposes", ItemType.MULTIPLE_CHOICE, Audience.BOTH, "Purposes?", null, null,
                        List.of(new ChoiceOption("ACADEMIC", "academic"), new ChoiceOption("EMOTIONAL", "emotional")), 2, null, null, null,
                        List.of(), false))));
        events.publish(cycle, new CampaignOpened(UUID.randomUUID(), instrument, Instant.now().plusSeconds(86_400), 11, 10));
        List<UUID> applications = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            ParticipantRole role = i < 10 ? ParticipantRole.MENTOR : ParticipantRole.MENTEE;
            UUID application = UUID.randomUUID();
            applications.add(application);
            events.publish(cycle, new ApplicationSubmitted(application, "p" + i, role, List.of("PY2", "Y1", "Y2").get(i % 3), "main",
                    Gender.values()[i % 4], Set.of(HelpArea.EXAM_REVIEW), Set.of(ParticipationPurpose.ACADEMIC_HELP), Set.of(MeetingMethod.FACE_TO_FACE),
                    List.of(), null, null, true));
        }
        UUID leaving = UUID.randomUUID();
        events.publish(cycle, new ApplicationSubmitted(leaving, "p-leaving", ParticipantRole.MENTEE, "Y1", "main", null, Set.of(HelpArea.EXAM_REVIEW),
                Set.of(), Set.of(MeetingMethod.FACE_TO_FACE), List.of(), null, null, true));
        events.publish(cycle, new ApplicationWithdrawn(leaving, "p-leaving", ParticipantRole.MENTEE));
        for (int p = 0; p < 8; p++) {
            UUID pair = UUID.randomUUID();
            events.publish(cycle, new PairConfirmed(pair, "p" + (10 + p), "p" + p, p < 3 ? PairOrigin.SELF_CHOSEN : PairOrigin.MATCHED));
            for (int s = 0; s < p; s++) {
                UUID session = UUID.randomUUID();
                events.publish(cycle, new SessionLogged(session, pair, LocalDate.of(2018, 4, 1 + s), 30 + 15 * (s % 4), SessionMethod.values()[s % 3],
                        SessionLocation.values()[s % 7], Set.of(SessionActivity.values()[s % 8]), ParticipantRole.MENTOR));
                if (s % 2 == 0) {
                    events.publish(cycle, new SessionConfirmed(session, pair, "p" + p, 30 + 15 * (s % 4)));
                }
            }
            if (p == 7) {
                events.publish(cycle, new PairDissolved(pair, "mentee withdrew"));
            }
        }
        for (int i = 0; i < 21; i++) {
            ParticipantRole role = i < 10 ? ParticipantRole.MENTOR : ParticipantRole.MENTEE;
            UUID response = UUID.randomUUID();
            events.publish(cycle, new ResponseSubmitted(response, UUID.randomUUID(), instrument, "p" + i, role, "Y1", 1, answers()));
            if (i % 5 == 0) {
                events.publish(cycle, new ResponseRevised(response, UUID.randomUUID(), instrument, "p" + i, role, "Y1", 2, answers()));
            }
            if (i == 20) {
                events.publish(cycle, new ResponseErased(response, UUID.randomUUID(), "p" + i, "research consent withdrawn"));
            }
        }
    }

    private List<Answer> answers() {
        return List.of(new Answer("program_appropriate", 1 + random.nextInt(5), null, null, null, null),
                new Answer("mentoring_helpful", 1 + random.nextInt(5), null, null, null, null),
                new Answer("purposes", null, null, random.nextBoolean() ? List.of("ACADEMIC") : List.of("ACADEMIC", "EMOTIONAL"), null, null));
    }

    private static ItemDefinition likert(String id) {
        return new ItemDefinition(id, ItemType.LIKERT, Audience.BOTH, id, null, null, List.of(), null, null, null, null,
                List.of("1", "2", "3", "4", "5"), false);
    }
}
