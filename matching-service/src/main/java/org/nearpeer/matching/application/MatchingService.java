package org.nearpeer.matching.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.nearpeer.events.vocabulary.PairOrigin;
import org.nearpeer.events.vocabulary.ParticipantRole;
import org.nearpeer.http.problem.ConflictException;
import org.nearpeer.http.problem.ResourceNotFoundException;
import org.nearpeer.http.problem.RuleViolationException;
import org.nearpeer.matching.domain.Candidate;
import org.nearpeer.matching.domain.CandidatePool;
import org.nearpeer.matching.domain.CandidatePoolRepository;
import org.nearpeer.matching.domain.CompatibilityScore;
import org.nearpeer.matching.domain.MatchPair;
import org.nearpeer.matching.domain.MatchRun;
import org.nearpeer.matching.domain.MatchingEvents;
import org.nearpeer.matching.domain.MatchingRepository;
import org.nearpeer.matching.domain.assignment.Assignment;
import org.nearpeer.matching.domain.assignment.AssignmentSolver;
import org.nearpeer.matching.domain.assignment.BipartiteGraph;

/**
 * The coordinator's matching workflow: runs (dry or real) that keep confirmed pairs and propose an
 * optimal assignment for everyone else, with a reason for each person left out; approval, manual
 * pairs (with warnings when a rule is broken) and dissolution.
 */
@ApplicationScoped
public class MatchingService {

    private final CandidatePoolRepository pools;
    private final MatchingRepository matching;
    private final MatchingEvents events;
    private final Clock clock;

    public MatchingService(CandidatePoolRepository pools, MatchingRepository matching, MatchingEvents events, Clock clock) {
        this.pools = pools;
        this.matching = matching;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public MatchRun run(String schoolId, UUID cycleId, String coordinatorId, boolean dryRun) {
        CandidatePool pool = pools.findInSchool(schoolId, cycleId).orElseThrow(() -> new ResourceNotFoundException("cycle", cycleId));
        Instant now = now();
        List<Candidate> candidates = matching.activeCandidates(cycleId);
        List<MatchPair> confirmed = matching.withStatus(cycleId, MatchPair.Status.CONFIRMED);
        Set<String> pairedMentees = new java.util.HashSet<>();
        Map<String, Integer> load = new HashMap<>();
        for (MatchPair pair : confirmed) {
            pairedMentees.add(pair.menteeId());
            load.merge(pair.mentorId(), 1, Integer::sum);
        }
        List<Candidate> mentees = candidates.stream().filter(c -> c.role() == ParticipantRole.MENTEE && !pairedMentees.contains(c.participantId())).toList();
        List<Candidate> allMentors = candidates.stream().filter(c -> c.role() == ParticipantRole.MENTOR).toList();
        List<Candidate> mentors = allMentors.stream().filter(m -> load.getOrDefault(m.participantId(), 0) < pool.mentorCapacity()).toList();

        BipartiteGraph.Builder graph = new BipartiteGraph.Builder(mentees.size(), mentors.size());
        Map<Long, Map<String, Integer>> breakdowns = new HashMap<>();
        Map<String, String> firstViolation = new LinkedHashMap<>();
        for (int j = 0; j < mentors.size(); j++) {
            graph.capacity(j, pool.mentorCapacity() - load.getOrDefault(mentors.get(j).participantId(), 0));
        }
        int[] eligible = new int[mentees.size()];
        for (int i = 0; i < mentees.size(); i++) {
            for (int j = 0; j < mentors.size(); j++) {
                var violation = pool.violation(mentees.get(i), mentors.get(j));
                if (violation.isPresent()) {
                    firstViolation.putIfAbsent(mentees.get(i).participantId(), violation.get());
                    continue;
                }
                Map<String, Integer> breakdown = CompatibilityScore.breakdown(mentees.get(i), mentors.get(j));
                breakdowns.put(((long) i << 32) | j, breakdown);
                graph.edge(i, j, CompatibilityScore.total(breakdown) * 10);
                eligible[i]++;
            }
        }
        long started = System.nanoTime();
        Assignment assignment = new AssignmentSolver().solve(graph.build());
        double solveMillis = (System.nanoTime() - started) / 1e6;

        UUID runId = UUID.randomUUID();
        List<MatchRun.Proposal> proposals = new ArrayList<>();
        List<MatchRun.Unmatched> unmatched = new ArrayList<>();
        List<MatchPair> proposed = new ArrayList<>();
        boolean[] mentorUsed = new boolean[mentors.size()];
        for (int i = 0; i < mentees.size(); i++) {
            int j = assignment.mentorOfMentee()[i];
            Candidate mentee = mentees.get(i);
            if (j < 0) {
                String reason = mentors.isEmpty() ? "no mentor has a free place in this cycle"
                        : eligible[i] == 0 ? "no eligible mentor: " + firstViolation.getOrDefault(mentee.participantId(), "no mentor fits the rules")
                        : "capacity exhausted: its " + eligible[i] + " eligible mentor(s) are needed by other mentees in the optimal assignment";
                unmatched.add(new MatchRun.Unmatched(mentee.participantId(), "MENTEE", reason));
                continue;
            }
            mentorUsed[j] = true;
            Map<String, Integer> breakdown = breakdowns.get(((long) i << 32) | j);
            MatchPair pair = MatchPair.create(schoolId, cycleId, runId, mentee.participantId(), mentors.get(j).participantId(),
                    PairOrigin.MATCHED, MatchPair.Status.PROPOSED, breakdown, List.of(), now);
            proposed.add(pair);
            proposals.add(new MatchRun.Proposal(pair.id(), pair.menteeId(), pair.mentorId(), pair.score(), breakdown));
        }
        for (int j = 0; j < mentors.size(); j++) {
            if (!mentorUsed[j] && load.getOrDefault(mentors.get(j).participantId(), 0) == 0) {
                unmatched.add(new MatchRun.Unmatched(mentors.get(j).participantId(), "MENTOR",
                        mentees.isEmpty() ? "no mentee is waiting" : "no eligible mentee left for this mentor"));
            }
        }
        MatchRun.Report report = new MatchRun.Report(mentees.size() + pairedMentees.size(), allMentors.size(), confirmed.size(), proposals,
                unmatched, proposals.stream().mapToLong(MatchRun.Proposal::score).sum(), solveMillis);
        MatchRun run = new MatchRun(runId, schoolId, cycleId, dryRun, now, coordinatorId, report);
        matching.persistRun(run);
        if (!dryRun) {
            for (MatchPair previous : matching.withStatus(cycleId, MatchPair.Status.PROPOSED)) {
                previous.dissolve("superseded by run " + runId, now);
            }
            matching.flush();
            for (MatchPair pair : proposed) {
                matching.persist(pair);
                events.pairProposed(pair);
            }
            long unmatchedMentees = unmatched.stream().filter(u -> u.role().equals("MENTEE")).count();
            events.runCompleted(run, (int) unmatchedMentees, unmatched.size() - (int) unmatchedMentees);
        }
        return run;
    }

    /** Confirms the run's proposals (all, or the listed ones). */
    @Transactional
    public List<MatchPair> approve(String schoolId, UUID runId, List<UUID> pairIds) {
        MatchRun run = matching.run(schoolId, runId).orElseThrow(() -> new ResourceNotFoundException("match-run", runId));
        if (run.dryRun()) {
            throw new ConflictException("dry-run", "A dry run proposes nothing to approve; run matching for real.");
        }
        List<MatchPair> approved = new ArrayList<>();
        for (MatchPair pair : matching.withStatus(run.cycleId(), MatchPair.Status.PROPOSED)) {
            if (runId.equals(pair.runId()) && (pairIds == null || pairIds.isEmpty() || pairIds.contains(pair.id()))) {
                pair.confirm(now());
                events.pairConfirmed(pair);
                approved.add(pair);
            }
        }
        return approved;
    }

    /** A coordinator's own pair; broken rules become warnings on the pair, not a refusal. */
    @Transactional
    public MatchPair pairByHand(String schoolId, UUID cycleId, String menteeId, String mentorId) {
        CandidatePool pool = pools.findInSchool(schoolId, cycleId).orElseThrow(() -> new ResourceNotFoundException("cycle", cycleId));
        Candidate mentee = matching.candidate(cycleId, menteeId).filter(c -> !c.withdrawn() && c.role() == ParticipantRole.MENTEE)
                .orElseThrow(() -> new RuleViolationException("not-a-mentee", menteeId + " has no open mentee application in this cycle."));
        Candidate mentor = matching.candidate(cycleId, mentorId).filter(c -> !c.withdrawn() && c.role() == ParticipantRole.MENTOR)
                .orElseThrow(() -> new RuleViolationException("not-a-mentor", mentorId + " has no open mentor application in this cycle."));
        if (matching.activeOf(cycleId, menteeId).stream().anyMatch(p -> p.menteeId().equals(menteeId))) {
            throw new ConflictException("mentee-paired", "This mentee already has a pair or a proposal; dissolve it first.");
        }
        List<String> warnings = new ArrayList<>();
        pool.violation(mentee, mentor).ifPresent(warnings::add);
        long mentorPairs = matching.activeOf(cycleId, mentorId).stream().filter(p -> p.mentorId().equals(mentorId)).count();
        if (mentorPairs >= pool.mentorCapacity()) {
            warnings.add("the mentor already has " + mentorPairs + " mentee(s); capacity is " + pool.mentorCapacity());
        }
        MatchPair pair = MatchPair.create(schoolId, cycleId, null, menteeId, mentorId, PairOrigin.MANUAL, MatchPair.Status.CONFIRMED,
                CompatibilityScore.breakdown(mentee, mentor), warnings, now());
        matching.persist(pair);
        events.pairConfirmed(pair);
        return pair;
    }

    @Transactional
    public MatchPair dissolve(String schoolId, UUID pairId, String reason) {
        MatchPair pair = matching.findInSchool(schoolId, pairId).orElseThrow(() -> new ResourceNotFoundException("pair", pairId));
        boolean wasConfirmed = pair.status() == MatchPair.Status.CONFIRMED;
        pair.dissolve(reason, now());
        if (wasConfirmed) {
            events.pairDissolved(pair);
        }
        return pair;
    }

    @Transactional
    public List<MatchPair> pairs(String schoolId, UUID cycleId, MatchPair.Status status) {
        pools.findInSchool(schoolId, cycleId).orElseThrow(() -> new ResourceNotFoundException("cycle", cycleId));
        return matching.inCycle(cycleId, status);
    }

    @Transactional
    public MatchRun run(String schoolId, UUID runId) {
        return matching.run(schoolId, runId).orElseThrow(() -> new ResourceNotFoundException("match-run", runId));
    }

    @Transactional
    public List<MatchRun> runs(String schoolId, UUID cycleId) {
        pools.findInSchool(schoolId, cycleId).orElseThrow(() -> new ResourceNotFoundException("cycle", cycleId));
        return matching.runs(cycleId);
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
