package org.nearpeer.enrollment;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.util.UUID;

import org.nearpeer.testing.Tokens;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Test data built through the public API: a registered school, an open cycle, students and their applications. */
final class EnrollmentMother {

    static final String PREMED = "premedical campus";
    static final String MED = "medical campus";

    final String school = "school-" + UUID.randomUUID().toString().substring(0, 8);
    final Tokens coordinator = Tokens.coordinator(school);

    EnrollmentMother registerSchool() {
        given().auth().oauth2(Tokens.admin().token()).contentType(ContentType.JSON)
                .body("{\"id\":\"" + school + "\",\"name\":\"Test school\",\"campuses\":[\"" + PREMED + "\",\"" + MED + "\"]}")
                .when().post("/api/v1/admin/schools").then().statusCode(201);
        return this;
    }

    /** A draft cycle whose application window runs from yesterday for ten days. */
    String draftCycle(String semester) {
        LocalDate today = LocalDate.now();
        return given().auth().oauth2(coordinator.token()).contentType(ContentType.JSON)
                .body("{\"semester\":\"" + semester + "\",\"title\":\"Mentoring\",\"applicationOpensOn\":\"" + today.minusDays(1)
                        + "\",\"applicationClosesOn\":\"" + today.plusDays(10) + "\"}")
                .when().post("/api/v1/cycles").then().statusCode(201).extract().path("id");
    }

    static String fullSchedule() {
        LocalDate today = LocalDate.now();
        return """
                {"applicationOpensOn":"%s","applicationClosesOn":"%s","matchingOn":"%s","sessionsStartOn":"%s",
                 "sessionsEndOn":"%s","surveyOpensOn":"%s","surveyClosesOn":"%s"}""".formatted(today.minusDays(1), today.plusDays(10),
                today.plusDays(12), today.plusDays(14), today.plusDays(100), today.plusDays(101), today.plusDays(115));
    }

    /** A configured cycle opened for applications today. */
    String openCycle(String semester) {
        String cycleId = draftCycle(semester);
        given().auth().oauth2(coordinator.token()).contentType(ContentType.JSON).body(fullSchedule())
                .when().put("/api/v1/cycles/" + cycleId + "/configuration").then().statusCode(200);
        given().auth().oauth2(coordinator.token()).contentType(ContentType.JSON).body("{\"stage\":\"OPEN\"}")
                .when().post("/api/v1/cycles/" + cycleId + "/stage").then().statusCode(200);
        return cycleId;
    }

    Tokens student(String name) {
        return Tokens.student(school).email(name + "@" + school + ".example.org");
    }


    static String form(String role, String yearLevel, String partnerEmail) {
        return """
                {"role":"%s","yearLevel":"%s","campus":"%s","helpAreas":["EXAM_REVIEW","TEST_TAKING_STRATEGY"],
                 "purposes":["ACADEMIC_HELP"],"meetingMethods":["FACE_TO_FACE","TEXT"],
                 "availability":[{"day":"TUESDAY","time":"EVENING"}],"studyRhythm":"NIGHT_OWL",%s"researchConsent":true}"""
                .formatted(role, yearLevel, yearLevel.startsWith("PY") ? PREMED : MED,
                        partnerEmail == null ? "" : "\"partnerEmail\":\"" + partnerEmail + "\",");
    }

    static String submission(String form) {
        return "{\"application\":" + form + ",\"acceptsProgramRules\":true}";
    }

    Response apply(Tokens student, String cycleId, String role, String yearLevel, String partnerEmail) {
        return given().auth().oauth2(student.token()).contentType(ContentType.JSON)
                .body(submission(form(role, yearLevel, partnerEmail)))
                .when().post("/api/v1/cycles/" + cycleId + "/applications");
    }
}
