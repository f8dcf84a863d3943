package org.nearpeer.analytics;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nearpeer.events.NearpeerEvent;
import org.nearpeer.events.enrollment.ApplicationSubmitted;
import org.nearpeer.events.enrollment.ApplicationWithdrawn;
import org.nearpeer.events.matching.PairConfirmed;
import org.nearpeer.events.session.HoursApproved;
import org.nearpeer.events.session.SessionConfirmed;
import org.nearpeer.events.session.SessionDisputed;
import org.nearpeer.events.session.SessionLogged;
import org.nearpeer.events.survey.CampaignOpened;
import org.nearpeer.events.vocabulary.Gender;
import org.nearpeer.events.vocabulary.HelpArea;
import org.nearpeer.events.vocabulary.MeetingMethod;
import org.nearpeer.events.vocabulary.PairOrigin;
import org.nearpeer.events.vocabulary.ParticipantRole;
import org.nearpeer.events.vocabulary.ParticipationPurpose;
import org.nearpeer.events.vocabulary.SessionActivity;
import org.nearpeer.events.vocabulary.SessionLocation;
import org.nearpeer.events.vocabulary.SessionMethod;
import org.nearpeer.testing.TestEventProducer;
import org.nearpeer.testing.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Enrollment, matching, session and survey events in; participation, response rate, implementation and hours out. */
@QuarkusTest
class ProgramTablesTest {

    private final String school = "school-" + UUID.randomUUID().toString().substring(0, 8);
    private final UUID cycle = UUID.randomUUID();
    private final TestEventProducer producer = new TestEventProducer(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));

    @AfterEach
    void close() {
        producer.close();
    }

    private void publish(String service, NearpeerEvent event) {
        producer.publish(TestEventProducer.envelope(service, school, cycle, "x", event));
    }

    private UUID apply(ParticipantRole role, String year, Gender gender) {
        UUID application = UUID.randomUUID();
        publish("enrollment-service", new ApplicationSubmitted(application, UUID.randomUUID().toString(), role, year, "main", gender,
                Set.of(HelpArea.EXAM_REVIEW), Set.of(ParticipationPurpose.ACADEMIC_HELP), Set.of(MeetingMethod.FACE_TO_FACE), List.of(), null,
                null, true));
        return application;
    }

    private UUID meet(UUID pair, int minutes, SessionMethod method, SessionLocation location) {
        UUID session = UUID.randomUUID();
        publish("session-service", new SessionLogged(session, pair, LocalDate.of(2026, 10, 1), minutes, method, location,
                Set.of(SessionActivity.EXAM_REVIEW_SESSION), ParticipantRole.MENTOR));
        return session;
    }

    private ValidatableResponse program() {
        return given().config(io.restassured.RestAssured.config().jsonConfig(io.restassured.config.JsonConfig.jsonConfig()
                        .numberReturnType(io.restassured.path.json.config.JsonPathConfig.NumberReturnType.DOUBLE)))
                .auth().oauth2(Tokens.coordinator(school).token()).when().get("/api/v1/cycles/" + cycle + "/program").then().statusCode(200);
    }

    @Test
    void participationCountsActiveApplicationsByRoleYearLevelAndGender() {
        apply(ParticipantRole.MENTEE, "Y1", Gender.FEMALE);
        apply(ParticipantRole.MENTEE, "PY2", Gender.MALE);
        UUID leaving = apply(ParticipantRole.MENTEE, "Y1", Gender.MALE);
        apply(ParticipantRole.MENTOR, "Y2", null);
        publish("enrollment-service", new ApplicationWithdrawn(leaving, "p", ParticipantRole.MENTEE));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> program()
                .body("participation.mentees", equalTo(2))
                .body("participation.mentors", equalTo(1))
                .body("participation.byYearLevel.find { it.group == 'Y1' }.mentees", equalTo(1))
                .body("participation.byGender.find { it.group == 'UNDISCLOSED' }.mentors", equalTo(1))
                .body("participation.byGender.find { it.group == 'MALE' }.mentees", equalTo(1)));
    }

    @Test
    void implementationComesFromTheSessionLogsLeavingDisputedMeetingsOut() {
        UUID pairA = UUID.randomUUID();
        UUID pairB = UUID.randomUUID();
        publish("matching-service", new PairConfirmed(pairA, "mentee-a", "mentor-a", PairOrigin.SELF_CHOSEN));
        publish("matching-service", new PairConfirmed(pairB, "mentee-b", "mentor-b", PairOrigin.MATCHED));
        UUID first = meet(pairA, 60, SessionMethod.FACE_TO_FACE, SessionLocation.CAFE);
        meet(pairA, 30, SessionMethod.TEXT_MESSENGER, SessionLocation.ONLINE);
        meet(pairA, 90, SessionMethod.FACE_TO_FACE, SessionLocation.LIBRARY);
        UUID disputed = meet(pairA, 45, SessionMethod.FACE_TO_FACE, SessionLocation.CAFE);
        publish("session-service", new SessionConfirmed(first, pairA, "mentor-a", 60));
        publish("session-service", new SessionDisputed(disputed, pairA));
        publish("session-service", new HoursApproved("mentor-a", 60, 1));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> program()
                .body("implementation.pairs", equalTo(2))
                .body("implementation.selfChosenPairs", equalTo(1))
                .body("implementation.sessions", equalTo(3))
                .body("implementation.confirmedSessions", equalTo(1))
                .body("implementation.disputedSessions", equalTo(1))
                .body("implementation.hours", closeTo(3.0, 1e-12))
                .body("implementation.meetingsPerPairMean", closeTo(1.5, 1e-12))
                .body("implementation.meetingsPerPairSd", closeTo(Math.sqrt(4.5), 1e-12))
                .body("implementation.meetingsPerPair.find { it.meetings == '0' }.pairs", equalTo(1))
                .body("implementation.meetingsPerPair.find { it.meetings == '3–5' }.pairs", equalTo(1))
                .body("implementation.methods.find { it.value == 'FACE_TO_FACE' }.sessions", equalTo(2))
                .body("implementation.methods.find { it.value == 'FACE_TO_FACE' }.percent", closeTo(200.0 / 3, 1e-12))
                .body("implementation.locations.find { it.value == 'CAFE' }.hours", closeTo(1.0, 1e-12))
                .body("implementation.activities[0].sessions", equalTo(3))
                .body("volunteerHours.mentorsWithConfirmedTime", equalTo(1))
                .body("volunteerHours.confirmedHours", closeTo(1.0, 1e-12))
                .body("volunteerHours.approvedHours", closeTo(1.0, 1e-12)));
    }

    @Test
    void theResponseRateIsRespondentsOverInvitedPerRoleAndUndefinedBeforeACampaign() {
        program().body("responseRate.mentors.percent", nullValue());
        publish("survey-service", new CampaignOpened(UUID.randomUUID(), UUID.randomUUID(), java.time.Instant.now().plusSeconds(3600), 40, 27));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> program()
                .body("responseRate.mentees.invited", equalTo(40))
                .body("responseRate.mentors.invited", equalTo(27))
                .body("responseRate.overall.percent", closeTo(0.0, 1e-12)));
    }

    @Test
    void anotherSchoolsCoordinatorSeesNothingOfThisCycle() {
        apply(ParticipantRole.MENTOR, "Y2", Gender.FEMALE);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> program().body("participation.mentors", equalTo(1)));
        given().auth().oauth2(Tokens.coordinator("other-" + school).token()).when().get("/api/v1/cycles/" + cycle + "/program")
                .then().statusCode(200).body("participation.mentors", equalTo(0));
    }
}
