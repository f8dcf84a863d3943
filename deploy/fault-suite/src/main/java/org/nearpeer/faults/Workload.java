package org.nearpeer.faults;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.nearpeer.demo.load.Http;

/**
 * A steady stream of mixed writes through the REST APIs — applications, session logs (with the
 * mentee's confirmation) and survey answers — and the ledger of what the services acknowledged.
 * Failures during an outage are expected and counted, never retried blindly: a write that timed
 * out may still have committed, which is why the reconciliation compares the databases with the
 * projections, and the acknowledgements only with the databases.
 */
final class Workload {

    enum Kind { APPLICATION, SESSION_LOG, SURVEY_ANSWER }

    private static final LocalDate FIRST_SESSION_DAY = LocalDate.of(2025, 9, 15);
    private static final int SLOTS_PER_DAY = 4;
    private static final int SESSION_DAYS = 88;

    private final Scenario scenario;
    private final Duration pause;
    private final Random random = new Random(7);
    private volatile boolean running;
    private final List<Thread> writers = new ArrayList<>();

    final Set<String> acknowledgedApplications = ConcurrentHashMap.newKeySet();
    final Set<String> acknowledgedSessions = ConcurrentHashMap.newKeySet();
    final Set<String> acknowledgedRespondents = ConcurrentHashMap.newKeySet();
    final Map<Kind, AtomicLong> attempted = new ConcurrentHashMap<>();
    final Map<Kind, AtomicLong> acknowledged = new ConcurrentHashMap<>();
    /** System.nanoTime() of the last acknowledged write, per kind. */
    final Map<Kind, AtomicLong> lastAcknowledgedAt = new ConcurrentHashMap<>();
    private final AtomicInteger applicationNumber = new AtomicInteger();
    private final Map<String, AtomicInteger> nextSlot = new ConcurrentHashMap<>();

    Workload(Scenario scenario, Duration pause) {
        this.scenario = scenario;
        this.pause = pause;
        for (Kind kind : Kind.values()) {
            attempted.put(kind, new AtomicLong());
            acknowledged.put(kind, new AtomicLong());
            lastAcknowledgedAt.put(kind, new AtomicLong());
        }
    }

    void start() {
        running = true;
        writers.add(Thread.ofVirtual().name("applications").start(() -> loop(Kind.APPLICATION, this::apply)));
        writers.add(Thread.ofVirtual().name("session-logs").start(() -> loop(Kind.SESSION_LOG, this::logSession)));
        writers.add(Thread.ofVirtual().name("survey-answers").start(() -> loop(Kind.SURVEY_ANSWER, this::answer)));
    }

    void stop() throws InterruptedException {
        running = false;
        for (Thread writer : writers) {
            writer.join(Duration.ofSeconds(90));
        }
    }

    long attempted() {
        return attempted.values().stream().mapToLong(AtomicLong::get).sum();
    }

    long acknowledged() {
        return acknowledged.values().stream().mapToLong(AtomicLong::get).sum();
    }

    private interface Write {
        boolean once();
    }

    private void loop(Kind kind, Write write) {
        while (running) {
            attempted.get(kind).incrementAndGet();
            boolean ok;
            try {
                ok = write.once();
            } catch (RuntimeException e) {
                ok = false; // the service, the broker or the database is down: expected during a fault
            }
            if (ok) {
                acknowledged.get(kind).incrementAndGet();
                lastAcknowledgedAt.get(kind).set(System.nanoTime());
            }
            Scenario.sleep(pause);
        }
    }

    private boolean apply() {
        String participant = "fault" + scenario.run + "-applicant-" + applicationNumber.incrementAndGet();
        Map<String, Object> form = Map.of("role", "MENTEE", "yearLevel", "PY2", "campus", "premedical campus", "helpAreas", List.of("EXAM_REVIEW"),
                "purposes", List.of("ACADEMIC_HELP"), "meetingMethods", List.of("FACE_TO_FACE"), "researchConsent", true);
        Http.Reply reply = scenario.http.post(scenario.target.enrollmentUrl() + "/api/v1/cycles/" + scenario.openCycleId + "/applications",
                scenario.accounts.token(Scenario.COORDINATOR), Map.of("application", form, "acceptsProgramRules", true,
                        "onBehalfOf", Map.of("participantId", participant, "email", participant + "@north-valley.example.org")));
        if (reply.status() == 201) {
            acknowledgedApplications.add(reply.body().path("id").asText());
            return true;
        }
        return false;
    }

    /** The mentor logs a meeting in the pair's next free slot (so a write that committed without an answer cannot collide), the mentee confirms. */
    private boolean logSession() {
        List<String> mentors = List.copyOf(scenario.menteeOfMentor.keySet());
        String mentor = mentors.get(random.nextInt(mentors.size()));
        String pairUrl = scenario.target.sessionUrl() + "/api/v1/pairs/" + scenario.pairOfMentor.get(mentor);
        int slot = nextSlot.computeIfAbsent(mentor, m -> new AtomicInteger()).getAndIncrement();
        if (slot >= SLOTS_PER_DAY * SESSION_DAYS) {
            return false;
        }
        Map<String, Object> log = Map.of("date", FIRST_SESSION_DAY.plusDays(slot / SLOTS_PER_DAY).toString(),
                "startTime", LocalTime.of(8, 0).plusHours(3L * (slot % SLOTS_PER_DAY)).toString(), "durationMinutes", 60 + 15 * random.nextInt(5),
                "method", "FACE_TO_FACE", "location", "LIBRARY", "activities", List.of("EXAM_REVIEW_SESSION"));
        Http.Reply logged = scenario.http.post(pairUrl + "/sessions", scenario.accounts.token(mentor), log);
        if (logged.status() != 201) {
            return false;
        }
        String sessionId = logged.body().path("id").asText();
        acknowledgedSessions.add(sessionId);
        // The confirmation is a second write; if it fails the meeting simply stays LOGGED, in both databases.
        scenario.http.post(pairUrl + "/sessions/" + sessionId + "/confirmation", scenario.accounts.token(scenario.menteeOfMentor.get(mentor)), Map.of());
        return true;
    }

    private boolean answer() {
        String respondent = scenario.respondents.get(random.nextInt(scenario.respondents.size()));
        boolean mentee = respondent.contains(".mentee");
        Map<String, Object> answers = new java.util.LinkedHashMap<>();
        answers.put("meetings_per_semester", "FOUR_TO_FIVE");
        answers.put("meeting_methods", List.of("FACE_TO_FACE"));
        answers.put("meeting_hours", "ABOUT_1");
        answers.put("meeting_locations", List.of("LIBRARY"));
        answers.put("program_appropriate", 1 + random.nextInt(5));
        answers.put("partner_attitude", 1 + random.nextInt(5));
        answers.put("content_satisfaction", 1 + random.nextInt(5));
        answers.put(mentee ? "purpose_mentee" : "purpose_mentor", List.of(mentee ? "ACADEMIC_HELP" : "HELPING_JUNIORS"));
        answers.put("mentor_roles", List.of("STUDY_ADVISOR"));
        Http.Reply reply = scenario.http.put(scenario.target.surveyUrl() + "/api/v1/my/campaigns/" + scenario.campaignId + "/response",
                scenario.accounts.token(respondent), Map.of("answers", answers));
        if (reply.ok()) {
            acknowledgedRespondents.add(scenario.accounts.userId(respondent));
            return true;
        }
        return false;
    }
}
