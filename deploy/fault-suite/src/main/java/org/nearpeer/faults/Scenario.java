package org.nearpeer.faults;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.databind.JsonNode;

import org.nearpeer.demo.cohort.Cohort;
import org.nearpeer.demo.load.Accounts;
import org.nearpeer.demo.load.Http;
import org.nearpeer.demo.load.LoadFailure;
import org.nearpeer.demo.load.Target;
import org.nearpeer.events.vocabulary.Gender;
import org.nearpeer.events.vocabulary.HelpArea;
import org.nearpeer.events.vocabulary.ParticipantRole;
import org.nearpeer.events.vocabulary.ParticipationPurpose;

/**
 * What the load writes into, set up through the APIs before any fault: a running cycle with ten
 * self-chosen pairs that signed their agreements and an open evaluation campaign (for session logs
 * and survey answers), and an open cycle (for new applications). Labels carry a run number so the
 * suite can run more than once against one stack.
 */
final class Scenario {

    static final String SCHOOL = "north-valley";
    static final String COORDINATOR = "coordinator.north";
    static final int PAIRS = 10;

    final Target target;
    final Http http = new Http();
    final Accounts accounts;
    final int run = 100 + (int) (Instant.now().getEpochSecond() % 800);
    /** The cycle whose pairs meet and answer the survey; its session period lies in the past (2025). */
    String runningCycleId;
    /** The cycle that takes new applications during the load. */
    String openCycleId;
    String campaignId;
    /** mentor username → pair id */
    final Map<String, String> pairOfMentor = new LinkedHashMap<>();
    /** mentor username → mentee username */
    final Map<String, String> menteeOfMentor = new LinkedHashMap<>();
    final List<String> respondents = new ArrayList<>();

    /** Counts a cycle's participants as the survey service knows them (read from its database). */
    private final java.util.function.ToLongFunction<String> surveyParticipants;

    Scenario(Target target, java.util.function.ToLongFunction<String> surveyParticipants) {
        this.target = target;
        this.accounts = new Accounts(http, target);
        this.surveyParticipants = surveyParticipants;
    }

    void setUp() {
        String enrollment = target.enrollmentUrl() + "/api/v1/cycles";
        runningCycleId = cycle(enrollment, (2100 + run) + "-fall", "2025-08-18", "2025-09-05", """
                {"applicationOpensOn":"2025-08-18","applicationClosesOn":"2025-09-05","matchingOn":"2025-09-08","sessionsStartOn":"2025-09-15",
                 "sessionsEndOn":"2025-12-12","surveyOpensOn":"2025-12-15","surveyClosesOn":"2025-12-31","trainingRequired":false}""");
        for (int pair = 1; pair <= PAIRS; pair++) {
            Cohort.Participant mentee = student("mentee", pair, ParticipantRole.MENTEE, "PY2");
            Cohort.Participant mentor = student("mentor", pair, ParticipantRole.MENTOR, "Y1");
            accounts.ensureStudent(SCHOOL, mentee);
            accounts.ensureStudent(SCHOOL, mentor);
            apply(enrollment + "/" + runningCycleId, mentee, mentor.email(SCHOOL));
            apply(enrollment + "/" + runningCycleId, mentor, mentee.email(SCHOOL));
            menteeOfMentor.put(mentor.username(), mentee.username());
            respondents.add(mentee.username());
            respondents.add(mentor.username());
        }
        awaitPairs();
        stage(enrollment + "/" + runningCycleId, "MATCHING");
        stage(enrollment + "/" + runningCycleId, "RUNNING");
        for (Map.Entry<String, String> pair : menteeOfMentor.entrySet()) {
            String url = target.sessionUrl() + "/api/v1/pairs/" + pairOfMentor.get(pair.getKey());
            Http.expectOk("Drafting an agreement", http.put(url + "/agreement", accounts.token(pair.getValue()), Map.of(
                    "helpAreas", List.of("EXAM_REVIEW"), "frequency", "WEEKLY", "methods", List.of("FACE_TO_FACE"),
                    "usualPlaces", List.of("LIBRARY"), "groundRulesAcknowledged", true)));
            Http.expectOk("Signing (mentee)", http.post(url + "/agreement/signature", accounts.token(pair.getValue()), Map.of()));
            Http.expectOk("Signing (mentor)", http.post(url + "/agreement/signature", accounts.token(pair.getKey()), Map.of()));
        }
        String instruments = target.surveyUrl() + "/api/v1/instruments";
        String coordinator = accounts.token(COORDINATOR);
        String instrument = Http.expectOk("Creating a questionnaire", http.post(instruments, coordinator,
                Map.of("name", "Fault suite " + run))).path("id").asText();
        Http.expectOk("Publishing it", http.post(instruments + "/" + instrument + "/publication", coordinator, Map.of()));
        awaitSurveyParticipants();
        campaignId = Http.expectOk("Creating a campaign", http.post(target.surveyUrl() + "/api/v1/cycles/" + runningCycleId + "/campaigns",
                coordinator, Map.of("instrumentId", instrument, "closesAt", Instant.now().plus(7, ChronoUnit.DAYS).toString()))).path("id").asText();
        JsonNode opened = Http.expectOk("Opening it", http.post(target.surveyUrl() + "/api/v1/campaigns/" + campaignId + "/opening", coordinator, Map.of()));
        if (opened.path("overall").path("invited").asInt() != 2 * PAIRS) {
            throw new LoadFailure("the campaign invited " + opened.path("overall").path("invited").asInt() + " instead of " + 2 * PAIRS);
        }
        openCycleId = cycle(enrollment, (2100 + run) + "-spring", "2026-02-16", "2026-03-06", """
                {"applicationOpensOn":"2026-02-16","applicationClosesOn":"2026-03-06","matchingOn":"2026-03-09","sessionsStartOn":"2026-03-16",
                 "sessionsEndOn":"2026-06-12","surveyOpensOn":"2026-06-15","surveyClosesOn":"2026-06-30","trainingRequired":false}""");
    }

    private String cycle(String enrollment, String semester, String opens, String closes, String configuration) {
        String coordinator = accounts.token(COORDINATOR);
        String id = Http.expectOk("Creating " + semester, http.post(enrollment, coordinator, Map.of("semester", semester,
                "title", "Fault suite " + run, "applicationOpensOn", opens, "applicationClosesOn", closes))).path("id").asText();
        Http.expectOk("Configuring " + semester, http.put(enrollment + "/" + id + "/configuration", coordinator, Http.JSON.valueToTree(parse(configuration))));
        stage(enrollment + "/" + id, "OPEN");
        return id;
    }

    private static Object parse(String json) {
        try {
            return Http.JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private Cohort.Participant student(String kind, int number, ParticipantRole role, String year) {
        String username = "fault" + run + "." + kind + String.format("%02d", number);
        return new Cohort.Participant(username, "Fault", kind.equals("mentee") ? "Mentee" : "Mentor", role, year,
                year.startsWith("PY") ? "premedical campus" : "medical campus", Gender.UNDISCLOSED, EnumSet.of(HelpArea.EXAM_REVIEW),
                Set.of(role == ParticipantRole.MENTEE ? ParticipationPurpose.ACADEMIC_HELP : ParticipationPurpose.HELPING_JUNIORS), null);
    }

    private void apply(String cycle, Cohort.Participant student, String partnerEmail) {
        Map<String, Object> form = Map.of("role", student.role().name(), "yearLevel", student.yearLevel(), "campus", student.campus(),
                "helpAreas", List.of("EXAM_REVIEW"), "purposes", List.of(student.purposes().iterator().next().name()),
                "meetingMethods", List.of("FACE_TO_FACE"), "partnerEmail", partnerEmail, "researchConsent", true);
        Http.expectOk("Applying " + student.username(), http.post(cycle + "/applications", accounts.token(COORDINATOR), Map.of("application", form,
                "acceptsProgramRules", true, "onBehalfOf", Map.of("participantId", accounts.userId(student.username()), "email", student.email(SCHOOL)))));
    }

    private void stage(String cycle, String stage) {
        Http.expectOk("Moving to " + stage, http.post(cycle + "/stage", accounts.token(COORDINATOR), Map.of("stage", stage)));
    }

    /** Self-chosen pairs travel enrollment → matching → session as events. */
    private void awaitPairs() {
        await("the session service to know the " + PAIRS + " pairs", () -> {
            pairOfMentor.clear();
            JsonNode page = Http.expectOk("Listing pairs", http.get(target.sessionUrl() + "/api/v1/pairs?size=100", accounts.token(COORDINATOR)));
            for (JsonNode pair : page.path("items")) {
                if (pair.path("cycleId").asText().equals(runningCycleId)) {
                    menteeOfMentor.keySet().stream().filter(m -> accounts.userId(m).equals(pair.path("mentorId").asText())).findFirst()
                            .ifPresent(m -> pairOfMentor.put(m, pair.path("id").asText()));
                }
            }
            return pairOfMentor.size() == PAIRS;
        });
    }

    /** The survey service learns the participants from enrollment events; the campaign invites whom it knows at opening. */
    private void awaitSurveyParticipants() {
        await("the survey service to know the participants", () -> surveyParticipants.applyAsLong(runningCycleId) == 2 * PAIRS);
    }

    /**
     * Keycloak keeps pooled connections that a database restart broke and fails logins until it has
     * used them up; the load does not notice (its tokens are cached), the next user would. Quiet
     * means ten fresh logins in a row succeed.
     */
    void awaitLogins() {
        int[] inARow = {0};
        await("Keycloak to accept logins again", () -> {
            Http.Reply login = http.form(target.tokenUrl(), Map.of("grant_type", "password", "client_id", "nearpeer-cli",
                    "username", COORDINATOR, "password", target.password()));
            inARow[0] = login.status() == 200 ? inARow[0] + 1 : 0;
            return inARow[0] >= 10;
        });
    }

    static void await(String what, BooleanSupplier done) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (!done.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new LoadFailure("Waited 120 s for " + what);
            }
            sleep(Duration.ofMillis(250));
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoadFailure("interrupted");
        }
    }
}
