package org.nearpeer.enrollment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.nearpeer.events.EventCatalog;
import org.nearpeer.events.EventEnvelope;
import org.nearpeer.events.NearpeerEvent;
import org.nearpeer.events.Topic;
import org.nearpeer.events.enrollment.ApplicationWithdrawn;
import org.nearpeer.events.enrollment.ConsentWithdrawn;
import org.nearpeer.events.enrollment.PartnerRequestConfirmed;
import org.nearpeer.testing.Tokens;
import org.nearpeer.testing.TopicProbe;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class ApplicationRulesTest {

    private final EnrollmentMother mother = new EnrollmentMother();

    @org.junit.jupiter.api.BeforeEach
    void registerTheSchool() {
        mother.registerSchool();
    }

    private List<EventEnvelope<NearpeerEvent>> eventsOfCycle(String cycleId, String type, int expected) {
        try (TopicProbe probe = new TopicProbe(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class),
                Topic.ENROLLMENT.topicName())) {
            probe.await(e -> UUID.fromString(cycleId).equals(e.cycleId()) && e.type().equals(type), expected, Duration.ofSeconds(30));
            probe.drain(Duration.ofMillis(800));
            return probe.events().stream().filter(e -> UUID.fromString(cycleId).equals(e.cycleId()) && e.type().equals(type)).toList();
        }
    }

    @Test
    void aStudentAppliesWhileTheWindowIsOpenAndTheApplicationIsPublishedOnce() {
        String cycle = mother.openCycle("2026-fall");
        mother.apply(mother.student("jiwoo"), cycle, "MENTEE", "PY2", null)
                .then().statusCode(201).body("status", equalTo("SUBMITTED")).body("application.yearLevel", equalTo("PY2"));
        assertThat(eventsOfCycle(cycle, EventCatalog.APPLICATION_SUBMITTED.cloudEventType(), 1)).hasSize(1);
        assertThat(eventsOfCycle(cycle, EventCatalog.CONSENT_GIVEN.cloudEventType(), 2)).hasSize(2); // program rules + research use
    }

    @Test
    void applyingOutsideTheApplicationWindowIsAConflict() {
        String draft = mother.draftCycle("2027-spring");
        mother.apply(mother.student("early"), draft, "MENTEE", "PY2", null)
                .then().statusCode(409).body("type", equalTo("urn:nearpeer:problem:application-window-closed"))
                .body("detail", containsString("DRAFT"));
    }

    @Test
    void aSecondApplicationToTheSameCycleIsAConflict() {
        String cycle = mother.openCycle("2027-fall");
        var student = mother.student("twice");
        mother.apply(student, cycle, "MENTEE", "Y1", null).then().statusCode(201);
        mother.apply(student, cycle, "MENTOR", "Y1", null).then().statusCode(409).body("type", equalTo("urn:nearpeer:problem:application-exists"));
    }

    @Test
    void menteesMustBeInAnEligibleYearAndMentorsAbleToMentorSomeone() {
        String cycle = mother.openCycle("2028-spring");
        mother.apply(mother.student("senior"), cycle, "MENTEE", "Y3", null)
                .then().statusCode(422).body("type", equalTo("urn:nearpeer:problem:mentee-year-not-eligible"));
        mother.apply(mother.student("freshman"), cycle, "MENTOR", "PY1", null)
                .then().statusCode(422).body("type", equalTo("urn:nearpeer:problem:mentor-year-not-eligible"));
        mother.apply(mother.student("alien"), cycle, "MENTEE", "Z9", null)
                .then().statusCode(422).body("type", equalTo("urn:nearpeer:problem:unknown-year-level"));
    }

    @Test
    void aMentorThreeYearsAboveTheirChosenMenteeIsRefusedWithAClearReason() {
        String cycle = mother.openCycle("2028-fall");
        String menteeEmail = "mina@" + mother.school + ".example.org";
        String mentorEmail = "joon@" + mother.school + ".example.org";
        mother.apply(mother.student("mina"), cycle, "MENTEE", "PY2", mentorEmail).then().statusCode(201);
        mother.apply(mother.student("joon"), cycle, "MENTOR", "Y3", menteeEmail)
                .then().statusCode(422)
                .body("type", equalTo("urn:nearpeer:problem:partner-not-eligible"))
                .body("detail", containsString("the mentor (Y3) is 3 year(s) above the mentee (PY2)"));
    }

    @Test
    void studentsWhoNameEachOtherBecomeAConfirmedPairAnnouncedToMatching() {
        String cycle = mother.openCycle("2029-spring");
        String menteeEmail = "hana@" + mother.school + ".example.org";
        String mentorEmail = "tae@" + mother.school + ".example.org";
        String menteeApplication = mother.apply(mother.student("hana"), cycle, "MENTEE", "Y1", mentorEmail)
                .then().statusCode(201).body("partnerStatus", equalTo("REQUESTED")).extract().path("id");
        mother.apply(mother.student("tae"), cycle, "MENTOR", "Y2", menteeEmail)
                .then().statusCode(201).body("partnerStatus", equalTo("CONFIRMED")).body("partnerApplicationId", equalTo(menteeApplication));
        var confirmed = eventsOfCycle(cycle, EventCatalog.PARTNER_REQUEST_CONFIRMED.cloudEventType(), 1);
        assertThat(confirmed).hasSize(1);
        assertThat(((PartnerRequestConfirmed) confirmed.get(0).data()).menteeApplicationId()).isEqualTo(UUID.fromString(menteeApplication));
    }

    @Test
    void aWithdrawnApplicationEmitsOneEventAndCannotBeWithdrawnAgain() {
        String cycle = mother.openCycle("2029-fall");
        var student = mother.student("leaving");
        String id = mother.apply(student, cycle, "MENTEE", "Y2", null).then().statusCode(201).extract().path("id");
        String withdrawal = "/api/v1/cycles/" + cycle + "/applications/" + id + "/withdrawal";
        given().auth().oauth2(student.token()).when().post(withdrawal).then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        given().auth().oauth2(student.token()).when().post(withdrawal).then().statusCode(409)
                .body("type", equalTo("urn:nearpeer:problem:application-withdrawn"));
        var withdrawn = eventsOfCycle(cycle, EventCatalog.APPLICATION_WITHDRAWN.cloudEventType(), 1);
        assertThat(withdrawn).hasSize(1);
        assertThat(((ApplicationWithdrawn) withdrawn.get(0).data()).applicationId()).isEqualTo(UUID.fromString(id));
    }

    @Test
    void withdrawingResearchConsentIsAnEventForDownstreamErasure() {
        String cycle = mother.openCycle("2030-spring");
        var student = mother.student("private");
        String id = mother.apply(student, cycle, "MENTOR", "Y2", null).then().statusCode(201).extract().path("id");
        given().auth().oauth2(student.token()).contentType(ContentType.JSON).body("{\"given\":false}")
                .when().put("/api/v1/cycles/" + cycle + "/applications/" + id + "/research-consent")
                .then().statusCode(200).body("application.researchConsent", equalTo(false));
        var withdrawn = eventsOfCycle(cycle, EventCatalog.CONSENT_WITHDRAWN.cloudEventType(), 1);
        assertThat(((ConsentWithdrawn) withdrawn.get(0).data()).participantId()).isEqualTo(student.subject());
    }

    @Test
    void theProgramRulesMustBeAccepted() {
        String cycle = mother.openCycle("2030-fall");
        given().auth().oauth2(mother.student("nope").token()).contentType(ContentType.JSON)
                .body("{\"application\":" + EnrollmentMother.form("MENTEE", "PY2", null) + ",\"acceptsProgramRules\":false}")
                .when().post("/api/v1/cycles/" + cycle + "/applications")
                .then().statusCode(422).body("type", equalTo("urn:nearpeer:problem:program-rules-not-accepted"));
    }

    @Test
    void studentsSeeOnlyTheirOwnApplicationsWhileCoordinatorsFilterAndSortAll() {
        String cycle = mother.openCycle("2031-spring");
        var first = mother.student("first");
        String firstId = mother.apply(first, cycle, "MENTEE", "PY2", null).then().statusCode(201).extract().path("id");
        mother.apply(mother.student("second"), cycle, "MENTOR", "Y2", null).then().statusCode(201);
        mother.apply(mother.student("third"), cycle, "MENTEE", "Y1", null).then().statusCode(201);
        String list = "/api/v1/cycles/" + cycle + "/applications";
        given().auth().oauth2(first.token()).when().get(list).then().statusCode(200).body("totalItems", equalTo(1));
        given().auth().oauth2(mother.student("second").subject(UUID.randomUUID().toString()).token())
                .when().get(list + "/" + firstId).then().statusCode(404);
        given().auth().oauth2(mother.coordinator.token()).queryParam("role", "MENTEE").queryParam("sort", "yearLevel")
                .when().get(list).then().statusCode(200).body("totalItems", equalTo(2)).body("items[0].application.yearLevel", equalTo("PY2"));
        given().auth().oauth2(mother.coordinator.token()).queryParam("sort", "name")
                .when().get(list).then().statusCode(400).body("violations.field[0]", equalTo("sort"));
    }

    @Test
    void coordinatorsApplyOnBehalfOfStudentsOnly() {
        String cycle = mother.openCycle("2031-fall");
        given().auth().oauth2(mother.coordinator.token()).contentType(ContentType.JSON)
                .body("{\"application\":" + EnrollmentMother.form("MENTEE", "PY2", null)
                        + ",\"acceptsProgramRules\":true,\"onBehalfOf\":{\"participantId\":\"student-42\",\"email\":\"s42@example.org\"}}")
                .when().post("/api/v1/cycles/" + cycle + "/applications")
                .then().statusCode(201).body("participantId", equalTo("student-42"));
        given().auth().oauth2(mother.student("sneaky").token()).contentType(ContentType.JSON)
                .body("{\"application\":" + EnrollmentMother.form("MENTEE", "PY2", null)
                        + ",\"acceptsProgramRules\":true,\"onBehalfOf\":{\"participantId\":\"someone-else\"}}")
                .when().post("/api/v1/cycles/" + cycle + "/applications")
                .then().statusCode(403).body("type", equalTo("urn:nearpeer:problem:on-behalf-not-allowed"));
    }

    @Test
    void coordinatorsRecordAPastSemestersPaperApplicationsWhileTheCycleIsOpenButStudentsCannotApplyLate() {
        String cycle = given().auth().oauth2(mother.coordinator.token()).contentType(ContentType.JSON)
                .body("{\"semester\":\"2016-fall\",\"title\":\"Paper records\",\"applicationOpensOn\":\"2016-08-22\",\"applicationClosesOn\":\"2016-09-09\"}")
                .when().post("/api/v1/cycles").then().statusCode(201).extract().path("id");
        String onBehalf = "{\"application\":" + EnrollmentMother.form("MENTEE", "PY2", null)
                + ",\"acceptsProgramRules\":true,\"onBehalfOf\":{\"participantId\":\"paper-7\",\"email\":\"p7@example.org\"}}";
        given().auth().oauth2(mother.coordinator.token()).contentType(ContentType.JSON).body(onBehalf)
                .when().post("/api/v1/cycles/" + cycle + "/applications")
                .then().statusCode(409).body("detail", containsString("while the cycle is OPEN; it is DRAFT"));
        given().auth().oauth2(mother.coordinator.token()).contentType(ContentType.JSON)
                .body("""
                        {"applicationOpensOn":"2016-08-22","applicationClosesOn":"2016-09-09","matchingOn":"2016-09-12","sessionsStartOn":"2016-09-19",
                         "sessionsEndOn":"2016-12-16","surveyOpensOn":"2016-12-12","surveyClosesOn":"2016-12-23"}""")
                .when().put("/api/v1/cycles/" + cycle + "/configuration").then().statusCode(200);
        given().auth().oauth2(mother.coordinator.token()).contentType(ContentType.JSON).body("{\"stage\":\"OPEN\"}")
                .when().post("/api/v1/cycles/" + cycle + "/stage").then().statusCode(200);

        given().auth().oauth2(mother.coordinator.token()).contentType(ContentType.JSON).body(onBehalf)
                .when().post("/api/v1/cycles/" + cycle + "/applications")
                .then().statusCode(201).body("participantId", equalTo("paper-7"));
        mother.apply(mother.student("late"), cycle, "MENTEE", "PY2", null)
                .then().statusCode(409).body("type", equalTo("urn:nearpeer:problem:application-window-closed"));
    }
}
