package org.nearpeer.survey;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nearpeer.events.EventCatalog;
import org.nearpeer.events.EventEnvelope;
import org.nearpeer.events.NearpeerEvent;
import org.nearpeer.events.Topic;
import org.nearpeer.events.enrollment.ApplicationSubmitted;
import org.nearpeer.events.enrollment.ConsentWithdrawn;
import org.nearpeer.events.vocabulary.ConsentKind;
import org.nearpeer.events.vocabulary.HelpArea;
import org.nearpeer.events.vocabulary.MeetingMethod;
import org.nearpeer.events.vocabulary.ParticipantRole;
import org.nearpeer.events.vocabulary.ParticipationPurpose;
import org.nearpeer.tenancy.SchoolContext;
import org.nearpeer.testing.TestEventProducer;
import org.nearpeer.testing.Tokens;
import org.nearpeer.testing.TopicProbe;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class SurveyCampaignTest {

    @Inject
    EntityManager entityManager;

    private final String school = "school-" + UUID.randomUUID().toString().substring(0, 8);
    private final UUID cycle = UUID.randomUUID();
    private final Tokens coordinator = Tokens.coordinator(school);
    private final Tokens consentingMentee = Tokens.student(school);
    private final Tokens privateMentee = Tokens.student(school);
    private final Tokens mentor = Tokens.student(school);
    private final TestEventProducer producer = new TestEventProducer(bootstrap());

    @AfterEach
    void close() {
        producer.close();
    }

    private static String bootstrap() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    private void applied(Tokens student, ParticipantRole role, String year, boolean consent) {
        producer.publish(TestEventProducer.envelope("enrollment-service", school, cycle, "application/x",
                new ApplicationSubmitted(UUID.randomUUID(), student.subject(), role, year, "main", null, Set.of(HelpArea.EXAM_REVIEW),
                        Set.of(ParticipationPurpose.ACADEMIC_HELP), Set.of(MeetingMethod.TEXT), List.of(), null, null, consent)));
    }

    private long participantsKnown() {
        return SchoolContext.callAs(school, () -> QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from survey_participant where cycle_id = ?1").setParameter(1, cycle)
                .getSingleResult()).longValue()));
    }

    /** Three participants known, the default instrument published, a campaign open. */
    private String openCampaign() {
        applied(consentingMentee, ParticipantRole.MENTEE, "PY2", true);
        applied(privateMentee, ParticipantRole.MENTEE, "Y1", false);
        applied(mentor, ParticipantRole.MENTOR, "Y2", true);
        await().atMost(Duration.ofSeconds(30)).until(() -> participantsKnown() == 3);
        String instrument = given().auth().oauth2(coordinator.token()).contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/instruments").then().statusCode(201).body("status", equalTo("DRAFT")).extract().path("id");
        given().auth().oauth2(coordinator.token()).when().post("/api/v1/instruments/" + instrument + "/publication")
                .then().statusCode(200).body("status", equalTo("PUBLISHED"));
        String campaign = given().auth().oauth2(coordinator.token()).contentType(ContentType.JSON)
                .body("{\"instrumentId\":\"" + instrument + "\",\"closesAt\":\"" + Instant.now().plusSeconds(86_400) + "\"}")
                .when().post("/api/v1/cycles/" + cycle + "/campaigns").then().statusCode(201).extract().path("id");
        given().auth().oauth2(coordinator.token()).when().post("/api/v1/campaigns/" + campaign + "/opening")
                .then().statusCode(200).body("status", equalTo("OPEN"))
                .body("mentees.invited", equalTo(2)).body("mentors.invited", equalTo(1));
        return campaign;
    }

    private static final String VALID_MENTEE_ANSWERS = """
            {"answers":{"meetings_per_semester":"FOUR_TO_FIVE","meeting_methods":["FACE_TO_FACE","TEXT"],"meeting_hours":"ABOUT_1",
             "meeting_locations":["CAFE","LIBRARY"],"program_appropriate":4,"partner_attitude":5,"content_satisfaction":3,
             "purpose_mentee":["ACADEMIC_HELP"],"mentor_roles":["STUDY_ADVISOR","ROLE_MODEL"],
             "benefits":"My mentor showed me how to plan for exams."}}""";

    private io.restassured.response.ValidatableResponse answer(Tokens student, String campaign, String body) {
        return given().auth().oauth2(student.token()).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/my/campaigns/" + campaign + "/response").then();
    }

    private List<EventEnvelope<NearpeerEvent>> surveyEvents(String type, int atLeast) {
        try (TopicProbe probe = new TopicProbe(bootstrap(), Topic.SURVEY.topicName())) {
            if (atLeast > 0) {
                probe.await(e -> cycle.equals(e.cycleId()) && e.type().equals(type), atLeast, Duration.ofSeconds(30));
            }
            probe.drain(Duration.ofMillis(800));
            return probe.events().stream().filter(e -> cycle.equals(e.cycleId()) && e.type().equals(type)).toList();
        }
    }

    @Test
    void participantsAnswerAndEditWhileTheCoordinatorWatchesTheResponseRate() {
        String campaign = openCampaign();
        given().auth().oauth2(consentingMentee.token()).when().get("/api/v1/my/campaigns/" + campaign + "/questionnaire")
                .then().statusCode(200).body("role", equalTo("MENTEE"))
                .body("items.id", hasItems("program_appropriate", "purpose_mentee", "benefits"))
                .body("items.id", not(hasItems("purpose_mentor")))
                .body("items.find { it.id == 'partner_attitude' }.text", equalTo("Was your mentor's attitude satisfactory?"));
        answer(consentingMentee, campaign, VALID_MENTEE_ANSWERS).statusCode(200).body("revision", equalTo(1));
        answer(consentingMentee, campaign, VALID_MENTEE_ANSWERS.replace("\"program_appropriate\":4", "\"program_appropriate\":5"))
                .statusCode(200).body("revision", equalTo(2));
        answer(privateMentee, campaign, VALID_MENTEE_ANSWERS).statusCode(200);
        given().auth().oauth2(coordinator.token()).when().get("/api/v1/campaigns/" + campaign)
                .then().statusCode(200)
                .body("mentees.responded", equalTo(2)).body("mentees.rate", equalTo(1.0f))
                .body("mentors.responded", equalTo(0)).body("overall.invited", equalTo(3));

        // Published for research once per revision, and only for the consenting participant.
        var submitted = surveyEvents(EventCatalog.RESPONSE_SUBMITTED.cloudEventType(), 1);
        assertThat(submitted).hasSize(1);
        assertThat(((org.nearpeer.events.survey.ResponseSubmitted) submitted.get(0).data()).participantId()).isEqualTo(consentingMentee.subject());
        assertThat(surveyEvents(EventCatalog.RESPONSE_REVISED.cloudEventType(), 1)).hasSize(1);
        assertThat(surveyEvents(EventCatalog.CAMPAIGN_OPENED.cloudEventType(), 1)).hasSize(1);
    }

    @Test
    void answersThatDoNotFitTheQuestionnaireAreRefusedNamingEachItem() {
        String campaign = openCampaign();
        String longText = "x".repeat(2001);
        answer(consentingMentee, campaign, """
                {"answers":{"program_appropriate":6,"partner_attitude":0,"content_satisfaction":"abc",
                 "mentor_roles":["STUDY_ADVISOR","ROLE_MODEL","FRIEND","EXAM_GUIDE"],"meeting_hours":"FOREVER",
                 "benefits":"%s","purpose_mentor":["HELPING_JUNIORS"]}}""".formatted(longText))
                .statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:nearpeer:problem:invalid-answers"))
                .body("violations.field", hasItems("answers.program_appropriate", "answers.partner_attitude", "answers.content_satisfaction",
                        "answers.mentor_roles", "answers.meeting_hours", "answers.benefits", "answers.purpose_mentor"));
        given().auth().oauth2(consentingMentee.token()).when().get("/api/v1/my/campaigns/" + campaign + "/response").then().statusCode(404);
    }

    @Test
    void withdrawnResearchConsentErasesTheResponseDownstream() {
        String campaign = openCampaign();
        answer(consentingMentee, campaign, VALID_MENTEE_ANSWERS).statusCode(200);
        producer.publish(TestEventProducer.envelope("enrollment-service", school, cycle, "application/x",
                new ConsentWithdrawn(consentingMentee.subject(), ConsentKind.RESEARCH_USE)));
        var erased = surveyEvents(EventCatalog.RESPONSE_ERASED.cloudEventType(), 1);
        assertThat(erased).hasSize(1);
    }

    @Test
    void aClosedCampaignTakesNoMoreAnswersAndAPublishedInstrumentNoEdits() {
        String campaign = openCampaign();
        given().auth().oauth2(coordinator.token()).when().get("/api/v1/campaigns/" + campaign + "/non-respondents")
                .then().statusCode(200).body("totalItems", equalTo(3));
        given().auth().oauth2(coordinator.token()).when().post("/api/v1/campaigns/" + campaign + "/reminders")
                .then().statusCode(200).body("reminded", equalTo(3));
        given().auth().oauth2(coordinator.token()).when().post("/api/v1/campaigns/" + campaign + "/closing")
                .then().statusCode(200).body("status", equalTo("CLOSED"));
        answer(mentor, campaign, "{\"answers\":{}}").statusCode(409).body("type", equalTo("urn:nearpeer:problem:campaign-not-accepting"));
        String instrument = given().auth().oauth2(coordinator.token()).when().get("/api/v1/campaigns/" + campaign)
                .then().extract().path("instrumentId");
        given().auth().oauth2(coordinator.token()).contentType(ContentType.JSON).body("{\"items\":[]}")
                .when().put("/api/v1/instruments/" + instrument).then().statusCode(409)
                .body("type", equalTo("urn:nearpeer:problem:instrument-published"));
        assertThat(surveyEvents(EventCatalog.CAMPAIGN_CLOSED.cloudEventType(), 1)).hasSize(1);
    }

    @Test
    void onlyInvitedParticipantsSeeACampaign() {
        String campaign = openCampaign();
        given().auth().oauth2(Tokens.student(school).token()).when().get("/api/v1/my/campaigns/" + campaign + "/questionnaire")
                .then().statusCode(404);
        given().auth().oauth2(mentor.token()).when().get("/api/v1/my/campaigns")
                .then().statusCode(200).body("id", hasItems(campaign));
    }
}
