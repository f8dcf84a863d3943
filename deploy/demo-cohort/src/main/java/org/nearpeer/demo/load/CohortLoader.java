package org.nearpeer.demo.load;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;

import org.nearpeer.demo.cohort.Cohort;
import org.nearpeer.demo.cohort.Cohort.Meeting;
import org.nearpeer.demo.cohort.Cohort.Participant;
import org.nearpeer.demo.cohort.Cohort.Semester;
import org.nearpeer.events.vocabulary.ParticipantRole;

/**
 * Puts a cohort through the public REST APIs the way a school would have run it: the coordinator
 * records the semester's paper applications, runs pre-education and the matching; the pairs sign
 * agreements and log their meetings; respondents answer the survey; a coder codes the open answers.
 * Every step is an API call, so every event flows through Kafka to the analytics.
 *
 * <p>A school whose first semester already exists is skipped: loading twice changes nothing.
 */
public final class CohortLoader {

    private static final Duration PATIENCE = Duration.ofSeconds(120);

    private final Target target;
    private final PrintStream out;
    private final Http http = new Http();
    private final Accounts accounts;

    /** What the loader did to a school: the cycles it created (empty when the school was already loaded). */
    public record LoadedSchool(String schoolId, Map<String, String> cycleIds, boolean alreadyLoaded) {
    }

    public CohortLoader(Target target, PrintStream out) {
        this.target = target;
        this.out = out;
        this.accounts = new Accounts(http, target);
    }

    public List<LoadedSchool> load(Cohort cohort) {
        List<LoadedSchool> loaded = new ArrayList<>();
        for (Cohort.School school : cohort.schools()) {
            loaded.add(load(school));
        }
        return loaded;
    }

    private LoadedSchool load(Cohort.School school) {
        String coordinator = target.coordinators().get(school.id());
        registerSchool(school);
        Map<String, String> existing = cyclesOf(coordinator);
        if (existing.containsKey(school.semesters().get(0).semester())) {
            out.printf("  %s: already loaded (its %s cycle exists), left as it is%n", school.id(), school.semesters().get(0).semester());
            // Finishes the coding of a load that stopped after the survey; with nothing left to code this is one call.
            int coded = codeOpenAnswers(school);
            if (coded > 0) {
                out.printf("  %s: %d open answers coded%n", school.id(), coded);
            }
            Map<String, String> ids = new LinkedHashMap<>();
            school.semesters().forEach(s -> ids.put(s.semester(), existing.get(s.semester())));
            return new LoadedSchool(school.id(), ids, true);
        }
        long started = System.nanoTime();
        int students = 0;
        for (Semester semester : school.semesters()) {
            for (Participant participant : semester.participants()) {
                accounts.ensureStudent(school.id(), participant);
                students++;
            }
        }
        out.printf("  %s: %d student accounts ready%n", school.id(), students);
        // Every answer of the demo is coded by one coder; double coding is shown by the coding tests instead.
        Http.expectOk("Setting the coding rules", http.put(target.analyticsUrl() + "/api/v1/coding/settings", token(coordinator),
                Map.of("doubleCodingPercent", 0, "claimMinutes", 60)));
        String instrumentId = publishedInstrument(coordinator);
        Map<String, String> cycleIds = new LinkedHashMap<>();
        for (Semester semester : school.semesters()) {
            cycleIds.put(semester.semester(), loadSemester(school, semester, coordinator, instrumentId));
        }
        awaitAnalytics(school, coordinator, cycleIds);
        int coded = codeOpenAnswers(school);
        out.printf("  %s: %d open answers coded; loaded in %.0f s%n", school.id(), coded, (System.nanoTime() - started) / 1e9);
        return new LoadedSchool(school.id(), cycleIds, false);
    }

    private void registerSchool(Cohort.School school) {
        Http.Reply reply = http.post(target.enrollmentUrl() + "/api/v1/admin/schools", token(target.platformAdmin()),
                Map.of("id", school.id(), "name", school.name(), "campuses", school.campuses(), "timeZone", "Asia/Seoul"));
        if (reply.status() != 201 && reply.status() != 409) {
            Http.expectOk("Registering " + school.id(), reply);
        }
    }

    private Map<String, String> cyclesOf(String coordinator) {
        Map<String, String> bySemester = new HashMap<>();
        for (int page = 0;; page++) {
            JsonNode body = Http.expectOk("Listing cycles", http.get(target.enrollmentUrl() + "/api/v1/cycles?size=100&page=" + page, token(coordinator)));
            body.path("items").forEach(c -> bySemester.put(c.path("semester").asText(), c.path("id").asText()));
            if (body.path("items").size() < 100) {
                return bySemester;
            }
        }
    }

    private String publishedInstrument(String coordinator) {
        String instruments = target.surveyUrl() + "/api/v1/instruments";
        JsonNode draft = Http.expectOk("Creating the evaluation questionnaire", http.post(instruments, token(coordinator),
                Map.of("name", "Near-peer mentoring program evaluation", "description", "The built-in questionnaire, as used 2016–2018")));
        String id = draft.path("id").asText();
        Http.expectOk("Publishing the questionnaire", http.post(instruments + "/" + id + "/publication", token(coordinator), Map.of()));
        return id;
    }

    private String loadSemester(Cohort.School school, Semester semester, String coordinator, String instrumentId) {
        String enrollment = target.enrollmentUrl() + "/api/v1/cycles";
        Cohort.Schedule schedule = semester.schedule();
        String cycleId = Http.expectOk("Creating " + semester.semester(), http.post(enrollment, token(coordinator), Map.of(
                "semester", semester.semester(), "title", semester.title(),
                "applicationOpensOn", schedule.applicationOpensOn().toString(), "applicationClosesOn", schedule.applicationClosesOn().toString())))
                .path("id").asText();
        String cycle = enrollment + "/" + cycleId;
        Map<String, Object> configuration = new LinkedHashMap<>();
        configuration.put("applicationOpensOn", schedule.applicationOpensOn().toString());
        configuration.put("applicationClosesOn", schedule.applicationClosesOn().toString());
        configuration.put("matchingOn", schedule.matchingOn().toString());
        configuration.put("sessionsStartOn", schedule.sessionsStartOn().toString());
        configuration.put("sessionsEndOn", schedule.sessionsEndOn().toString());
        configuration.put("surveyOpensOn", schedule.surveyOpensOn().toString());
        configuration.put("surveyClosesOn", schedule.surveyClosesOn().toString());
        configuration.put("mentorCapacity", semester.mentorCapacity());
        Http.expectOk("Configuring " + semester.semester(), http.put(cycle + "/configuration", token(coordinator), configuration));
        stage(cycle, coordinator, "OPEN");

        // The paper application forms, recorded by the coordinator.
        for (Participant participant : semester.participants()) {
            Map<String, Object> form = new LinkedHashMap<>();
            form.put("role", participant.role().name());
            form.put("yearLevel", participant.yearLevel());
            form.put("campus", participant.campus());
            form.put("gender", participant.gender().name());
            form.put("helpAreas", participant.helpAreas().stream().map(Enum::name).sorted().toList());
            form.put("purposes", participant.purposes().stream().map(Enum::name).sorted().toList());
            form.put("meetingMethods", List.of("FACE_TO_FACE", "TEXT"));
            if (participant.partnerUsername() != null) {
                form.put("partnerEmail", semester.participants().stream().filter(p -> p.username().equals(participant.partnerUsername()))
                        .findFirst().orElseThrow().email(school.id()));
            }
            form.put("researchConsent", true);
            Http.expectOk("Recording the application of " + participant.username(), http.post(cycle + "/applications", token(coordinator),
                    Map.of("application", form, "acceptsProgramRules", true,
                            "onBehalfOf", Map.of("participantId", accounts.userId(participant.username()), "email", participant.email(school.id())))));
        }

        // Pre-education: one session per track, everyone registered and present.
        for (ParticipantRole role : ParticipantRole.values()) {
            String sessionId = Http.expectOk("Scheduling " + role + " training", http.post(cycle + "/training-sessions", token(coordinator), Map.of(
                    "track", role.name(), "startsAt", schedule.trainingOn().atTime(9, 0).toInstant(ZoneOffset.UTC).toString(), "minutes", 120,
                    "place", "Lecture room 3, medical campus", "capacity", 100))).path("id").asText();
            List<String> attended = new ArrayList<>();
            for (Participant participant : semester.withRole(role)) {
                Http.expectOk(participant.username() + " registering for training",
                        http.post(cycle + "/training-sessions/" + sessionId + "/registrations", token(participant.username()), Map.of()));
                attended.add(accounts.userId(participant.username()));
            }
            Http.expectOk("Recording " + role + " training attendance",
                    http.put(cycle + "/training-sessions/" + sessionId + "/attendance", token(coordinator), Map.of("attended", attended)));
        }

        match(semester, cycleId, cycle, coordinator);
        Map<String, JsonNode> pairsByMentee = pairsInSessionService(semester, cycleId, coordinator);
        stage(cycle, coordinator, "RUNNING");
        int logged = 0;
        for (Participant mentee : semester.withRole(ParticipantRole.MENTEE)) {
            JsonNode pair = pairsByMentee.get(accounts.userId(mentee.username()));
            logged += meet(semester, mentee, pair);
        }
        approveVolunteerHours(cycleId, coordinator);
        stage(cycle, coordinator, "EVALUATING");
        survey(semester, cycleId, coordinator, instrumentId);
        stage(cycle, coordinator, "CLOSED");
        out.printf("  %s %s: %d participants, %d pairs, %d meetings logged, %d survey responses%n", school.id(), semester.semester(),
                semester.participants().size(), pairsByMentee.size(), logged, semester.responses().size());
        return cycleId;
    }

    private void stage(String cycle, String coordinator, String stage) {
        Http.expectOk("Moving the cycle to " + stage, http.post(cycle + "/stage", token(coordinator), Map.of("stage", stage)));
    }

    /** Self-chosen pairs first (confirmed as the partners named each other), then the school's matching for everyone else. */
    private void match(Semester semester, String cycleId, String cycle, String coordinator) {
        String matching = target.matchingUrl() + "/api/v1/cycles/" + cycleId;
        int mentees = semester.withRole(ParticipantRole.MENTEE).size();
        int mentors = semester.withRole(ParticipantRole.MENTOR).size();
        long selfChosen = semester.withRole(ParticipantRole.MENTEE).stream().filter(p -> p.partnerUsername() != null).count();
        await("the matching service to know the " + semester.semester() + " applicants", () -> http.get(matching + "/pool", token(coordinator)),
                r -> r.ok() && r.body().path("mentees").asInt() == mentees && r.body().path("mentors").asInt() == mentors);
        await("the self-chosen pairs of " + semester.semester(), () -> http.get(matching + "/pairs?status=CONFIRMED", token(coordinator)),
                r -> r.ok() && r.body().size() == selfChosen);
        stage(cycle, coordinator, "MATCHING");
        JsonNode run = Http.expectOk("Running the matching", http.post(matching + "/match-runs", token(coordinator), Map.of("dryRun", false)));
        Http.expectOk("Approving the proposed pairs", http.post(target.matchingUrl() + "/api/v1/match-runs/" + run.path("id").asText() + "/approval",
                token(coordinator), Map.of("pairIds", List.of())));
    }

    private Map<String, JsonNode> pairsInSessionService(Semester semester, String cycleId, String coordinator) {
        int mentees = semester.withRole(ParticipantRole.MENTEE).size();
        Map<String, JsonNode> byMentee = new HashMap<>();
        await("the session service to know the " + semester.semester() + " pairs", () -> {
            byMentee.clear();
            for (int page = 0;; page++) {
                Http.Reply reply = http.get(target.sessionUrl() + "/api/v1/pairs?size=100&page=" + page, token(coordinator));
                if (!reply.ok()) {
                    return reply;
                }
                reply.body().path("items").forEach(p -> {
                    if (p.path("cycleId").asText().equals(cycleId)) {
                        byMentee.put(p.path("menteeId").asText(), p);
                    }
                });
                if (reply.body().path("items").size() < 100) {
                    return reply;
                }
            }
        }, r -> r.ok() && byMentee.size() == mentees);
        return Map.copyOf(byMentee);
    }

    /** Agreement signed by both, then each meeting logged by the mentor and confirmed (or disputed) by the mentee. */
    private int meet(Semester semester, Participant mentee, JsonNode pair) {
        String pairUrl = target.sessionUrl() + "/api/v1/pairs/" + pair.path("id").asText();
        String mentor = usernameOf(semester, pair.path("mentorId").asText());
        List<Meeting> meetings = semester.meetings().get(mentee.username());
        Set<String> places = new java.util.TreeSet<>();
        meetings.forEach(m -> places.add(m.location().name()));
        Http.expectOk("Drafting the agreement of " + mentee.username(), http.put(pairUrl + "/agreement", token(mentee.username()), Map.of(
                "helpAreas", mentee.helpAreas().stream().map(Enum::name).sorted().toList(), "frequency", "EVERY_TWO_WEEKS",
                "methods", List.of("FACE_TO_FACE", "TEXT_MESSENGER"), "usualPlaces", List.copyOf(places), "groundRulesAcknowledged", true)));
        Http.expectOk("Signing (mentee)", http.post(pairUrl + "/agreement/signature", token(mentee.username()), Map.of()));
        Http.expectOk("Signing (mentor)", http.post(pairUrl + "/agreement/signature", token(mentor), Map.of()));
        for (Meeting meeting : meetings) {
            Map<String, Object> log = Map.of("date", meeting.date().toString(), "startTime", meeting.startTime().toString(),
                    "durationMinutes", meeting.minutes(), "method", meeting.method().name(), "location", meeting.location().name(),
                    "activities", meeting.activities().stream().map(Enum::name).sorted().toList());
            // Pre-education attendance reaches the session service as an event; wait for it rather than fail.
            Http.Reply logged = await("the session service to know " + mentor + "'s pre-education",
                    () -> http.post(pairUrl + "/sessions", token(mentor), log), r -> !"training-not-completed".equals(r.problem()));
            String sessionId = Http.expectOk("Logging a meeting of " + mentor, logged).path("id").asText();
            if (meeting.disputed()) {
                Http.expectOk("Disputing a meeting", http.post(pairUrl + "/sessions/" + sessionId + "/dispute", token(mentee.username()),
                        Map.of("reason", "We did not meet that day; it was moved and then cancelled.")));
            } else {
                Http.expectOk("Confirming a meeting", http.post(pairUrl + "/sessions/" + sessionId + "/confirmation", token(mentee.username()), Map.of()));
            }
        }
        return meetings.size();
    }

    private String usernameOf(Semester semester, String userId) {
        return semester.participants().stream().filter(p -> accounts.userId(p.username()).equals(userId)).findFirst()
                .orElseThrow(() -> new LoadFailure("The session service names a participant " + userId + " the cohort does not have")).username();
    }

    private void approveVolunteerHours(String cycleId, String coordinator) {
        String hours = target.sessionUrl() + "/api/v1/cycles/" + cycleId + "/volunteer-hours";
        for (JsonNode mentor : Http.expectOk("Reading volunteer hours", http.get(hours, token(coordinator)))) {
            Http.expectOk("Approving volunteer hours", http.post(hours + "/" + mentor.path("mentorId").asText() + "/approval", token(coordinator), Map.of()));
        }
    }

    private void survey(Semester semester, String cycleId, String coordinator, String instrumentId) {
        JsonNode campaign = Http.expectOk("Creating the evaluation campaign", http.post(target.surveyUrl() + "/api/v1/cycles/" + cycleId + "/campaigns",
                token(coordinator), Map.of("instrumentId", instrumentId, "closesAt", Instant.now().plus(30, ChronoUnit.DAYS).toString())));
        String campaignUrl = target.surveyUrl() + "/api/v1/campaigns/" + campaign.path("id").asText();
        JsonNode opened = Http.expectOk("Opening the evaluation campaign", http.post(campaignUrl + "/opening", token(coordinator), Map.of()));
        // Opening invites the participants the survey service knows from enrollment events, long since consumed by now.
        if (opened.path("overall").path("invited").asInt() != semester.participants().size()) {
            throw new LoadFailure("The " + semester.semester() + " campaign invited " + opened.path("overall").path("invited").asInt()
                    + " participants instead of " + semester.participants().size());
        }
        for (Cohort.SurveyReply reply : semester.responses()) {
            Http.expectOk(reply.username() + " answering the survey", http.put(target.surveyUrl() + "/api/v1/my/campaigns/"
                    + campaign.path("id").asText() + "/response", token(reply.username()), Map.of("answers", reply.answers())));
        }
        Http.expectOk("Closing the evaluation campaign", http.post(campaignUrl + "/closing", token(coordinator), Map.of()));
    }

    /** Analytics has every response and meeting of the school before the coder starts. */
    private void awaitAnalytics(Cohort.School school, String coordinator, Map<String, String> cycleIds) {
        long responses = school.semesters().stream().mapToLong(s -> s.responses().size()).sum();
        long meetings = school.semesters().stream().flatMap(s -> s.meetings().values().stream()).mapToLong(List::size).sum();
        StringBuilder query = new StringBuilder(target.analyticsUrl() + "/api/v1/reports/program?format=json");
        cycleIds.values().forEach(id -> query.append("&cycleId=").append(id));
        await("the analytics service to count " + school.id() + "'s responses and meetings", () -> http.get(query.toString(), token(coordinator)),
                r -> r.ok() && r.body().path("program").path("responseRate").path("overall").path("responded").asLong() == responses
                        && r.body().path("program").path("implementation").path("sessions").asLong()
                                + r.body().path("program").path("implementation").path("disputedSessions").asLong() == meetings);
    }

    /** The coder claims answer after answer and gives each the codes the cohort planned for its text. */
    private int codeOpenAnswers(Cohort.School school) {
        Map<String, Set<String>> codesByText = new HashMap<>();
        school.semesters().forEach(s -> s.responses().forEach(r -> r.openCodes().forEach((item, codes) ->
                codesByText.put(item + "\n" + r.answers().get(item), codes))));
        String coder = target.coders().get(school.id());
        int coded = 0;
        while (true) {
            Http.Reply claim = http.post(target.analyticsUrl() + "/api/v1/coding/claims", token(coder), Map.of());
            if (claim.status() == 204) {
                return coded;
            }
            JsonNode claimed = Http.expectOk("Claiming an answer to code", claim);
            Set<String> codes = codesByText.get(claimed.path("itemId").asText() + "\n" + claimed.path("text").asText());
            if (codes == null) {
                throw new LoadFailure("The coder was given an answer the cohort does not have: " + claimed.path("text").asText());
            }
            Http.expectOk("Coding an answer", http.put(target.analyticsUrl() + "/api/v1/coding/claims/" + claimed.path("codingId").asText(),
                    token(coder), Map.of("codes", codes)));
            coded++;
        }
    }

    private String token(String username) {
        return accounts.token(username);
    }

    /** Polls until the reply passes, for what travels as events between services. */
    private Http.Reply await(String what, Supplier<Http.Reply> call, Predicate<Http.Reply> done) {
        Instant deadline = Instant.now().plus(PATIENCE);
        long pause = 50;
        while (true) {
            Http.Reply reply = call.get();
            if (done.test(reply)) {
                return reply;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new LoadFailure("Waited " + PATIENCE.toSeconds() + " s for " + what + "; last answer HTTP " + reply.status() + " " + reply.body());
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LoadFailure("interrupted");
            }
            pause = Math.min(1000, pause * 2);
        }
    }
}
