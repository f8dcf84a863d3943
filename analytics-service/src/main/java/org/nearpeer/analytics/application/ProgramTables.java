package org.nearpeer.analytics.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.nearpeer.analytics.domain.ProgramRepository;
import org.nearpeer.analytics.domain.ProgramRepository.GroupCount;
import org.nearpeer.analytics.domain.ProgramRepository.SessionCount;
import org.nearpeer.events.vocabulary.ParticipantRole;

/**
 * A cycle's program tables besides satisfaction: participation by role, year level and gender;
 * the survey response rate by role; implementation from the session logs (the log side of the
 * paper's Table 1 — the survey side is the frequency table); volunteer hours.
 */
@ApplicationScoped
public class ProgramTables {

    /** Meetings per pair in a semester, grouped the way the implementation table reports them. */
    static final List<long[]> MEETING_BUCKETS = List.of(new long[] {0, 0}, new long[] {1, 2}, new long[] {3, 5}, new long[] {6, 10},
            new long[] {11, Long.MAX_VALUE});

    private final ProgramRepository repository;

    public ProgramTables(ProgramRepository repository) {
        this.repository = repository;
    }

    public record ByRole(String group, long mentors, long mentees) {
    }

    public record Participation(long mentors, long mentees, List<ByRole> byYearLevel, List<ByRole> byGender) {
    }

    public record RoleRate(long invited, long responded, Double percent) {
    }

    public record ResponseRate(RoleRate mentors, RoleRate mentees, RoleRate overall) {
    }

    public record Bucket(String meetings, long pairs, Double percent) {
    }

    public record Share(String value, long sessions, Double percent, double hours) {
    }

    public record Implementation(long pairs, long selfChosenPairs, long dissolvedPairs, long sessions, long confirmedSessions,
            long disputedSessions, Double meetingsPerPairMean, Double meetingsPerPairSd, List<Bucket> meetingsPerPair, double hours,
            List<Share> methods, List<Share> locations, List<Share> activities) {
    }

    public record VolunteerHours(long mentorsWithConfirmedTime, double confirmedHours, long mentorsApproved, double approvedHours) {
    }

    public record Tables(Participation participation, ResponseRate responseRate, Implementation implementation,
            VolunteerHours volunteerHours) {
    }

    @Transactional
    public Tables of(UUID cycleId) {
        return of(List.of(cycleId));
    }

    /** The tables of several cycles pooled (e.g. a school year): counts add up, meetings per pair pool. */
    @Transactional
    public Tables of(List<UUID> cycleIds) {
        return new Tables(participation(cycleIds), responseRate(cycleIds), implementation(cycleIds), volunteerHours(cycleIds));
    }

    private static <T> List<T> each(List<UUID> cycleIds, java.util.function.Function<UUID, List<T>> query) {
        return cycleIds.stream().flatMap(c -> query.apply(c).stream()).toList();
    }

    private Participation participation(List<UUID> cycleIds) {
        List<ByRole> byRole = byRole(each(cycleIds, c -> repository.participantsBy(c, "role")));
        long mentors = byRole.stream().mapToLong(ByRole::mentors).sum();
        long mentees = byRole.stream().mapToLong(ByRole::mentees).sum();
        return new Participation(mentors, mentees, byRole(each(cycleIds, c -> repository.participantsBy(c, "year_level"))),
                byRole(each(cycleIds, c -> repository.participantsBy(c, "gender"))));
    }

    private ResponseRate responseRate(List<UUID> cycleIds) {
        long[] invited = new long[2];
        for (UUID cycleId : cycleIds) {
            long[] ofCycle = repository.invited(cycleId);
            invited[0] += ofCycle[0];
            invited[1] += ofCycle[1];
        }
        long mentors = 0;
        long mentees = 0;
        for (GroupCount row : each(cycleIds, repository::respondentsByRole)) {
            if (ParticipantRole.MENTOR.name().equals(row.role())) {
                mentors += row.count();
            } else {
                mentees += row.count();
            }
        }
        return new ResponseRate(rate(invited[1], mentors), rate(invited[0], mentees), rate(invited[0] + invited[1], mentors + mentees));
    }

    private Implementation implementation(List<UUID> cycleIds) {
        long pairs = 0;
        long selfChosen = 0;
        long dissolved = 0;
        for (GroupCount row : each(cycleIds, repository::pairsByOrigin)) {
            pairs += row.count();
            selfChosen += "SELF_CHOSEN".equals(row.group()) ? row.count() : 0;
            dissolved += "dissolved".equals(row.role()) ? row.count() : 0;
        }
        List<Long> meetings = each(cycleIds, repository::meetingsPerPair);
        long[] perBucket = new long[MEETING_BUCKETS.size()];
        double sum = 0;
        double squares = 0;
        for (long m : meetings) {
            sum += m;
            squares += (double) m * m;
            for (int b = 0; b < MEETING_BUCKETS.size(); b++) {
                if (m >= MEETING_BUCKETS.get(b)[0] && m <= MEETING_BUCKETS.get(b)[1]) {
                    perBucket[b]++;
                }
            }
        }
        int n = meetings.size();
        Double mean = n == 0 ? null : sum / n;
        Double sd = n < 2 ? null : Math.sqrt(Math.max(0, (squares - sum * sum / n) / (n - 1)));
        List<Bucket> buckets = new ArrayList<>();
        for (int b = 0; b < perBucket.length; b++) {
            long[] range = MEETING_BUCKETS.get(b);
            String label = range[0] == range[1] ? Long.toString(range[0])
                    : range[1] == Long.MAX_VALUE ? range[0] + "+" : range[0] + "–" + range[1];
            buckets.add(new Bucket(label, perBucket[b], percent(perBucket[b], n)));
        }
        long logged = 0;
        long confirmed = 0;
        long disputed = 0;
        for (SessionCount status : each(cycleIds, c -> repository.sessionsBy(c, "status"))) {
            switch (status.value()) {
                case "CONFIRMED" -> confirmed += status.sessions();
                case "DISPUTED" -> disputed += status.sessions();
                default -> logged += status.sessions();
            }
        }
        long counted = logged + confirmed;
        List<Share> methods = shares(merged(each(cycleIds, c -> repository.sessionsBy(c, "method"))), counted);
        double hours = methods.stream().mapToDouble(Share::hours).sum();
        return new Implementation(pairs, selfChosen, dissolved, counted, confirmed, disputed, mean, sd, buckets, hours, methods,
                shares(merged(each(cycleIds, c -> repository.sessionsBy(c, "location"))), counted),
                shares(merged(each(cycleIds, c -> repository.sessionsBy(c, "activity"))), counted));
    }

    private VolunteerHours volunteerHours(List<UUID> cycleIds) {
        long[] time = new long[4];
        for (UUID cycleId : cycleIds) {
            long[] ofCycle = repository.volunteerTime(cycleId);
            for (int i = 0; i < 4; i++) {
                time[i] += ofCycle[i];
            }
        }
        return new VolunteerHours(time[0], time[1] / 60.0, time[2], time[3] / 60.0);
    }

    /** Session counts of several cycles, one row per value. */
    private static List<SessionCount> merged(List<SessionCount> rows) {
        Map<String, long[]> byValue = new TreeMap<>();
        rows.forEach(r -> {
            long[] sum = byValue.computeIfAbsent(r.value(), v -> new long[2]);
            sum[0] += r.sessions();
            sum[1] += r.minutes();
        });
        List<SessionCount> result = new ArrayList<>();
        byValue.forEach((value, sum) -> result.add(new SessionCount(value, sum[0], sum[1])));
        return result;
    }

    private static List<ByRole> byRole(List<GroupCount> rows) {
        Map<String, long[]> grouped = new TreeMap<>();
        for (GroupCount row : rows) {
            grouped.computeIfAbsent(row.group(), g -> new long[2])[ParticipantRole.MENTOR.name().equals(row.role()) ? 0 : 1] += row.count();
        }
        List<ByRole> result = new ArrayList<>();
        grouped.forEach((group, counts) -> result.add(new ByRole(group, counts[0], counts[1])));
        return result;
    }

    private static List<Share> shares(List<SessionCount> rows, long sessions) {
        return rows.stream().map(r -> new Share(r.value(), r.sessions(), percent(r.sessions(), sessions), r.minutes() / 60.0)).toList();
    }

    private static RoleRate rate(long invited, long responded) {
        return new RoleRate(invited, responded, percent(responded, invited));
    }

    private static Double percent(long count, long total) {
        return total == 0 ? null : 100.0 * count / total;
    }
}
