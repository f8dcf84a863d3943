package org.nearpeer.analytics.application;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.nearpeer.analytics.domain.SchoolSetting;
import org.nearpeer.analytics.domain.SmallCellSuppression;
import org.nearpeer.analytics.domain.coding.CodeLevel;
import org.nearpeer.analytics.domain.coding.Coding;
import org.nearpeer.analytics.domain.coding.CodingRepository;
import org.nearpeer.analytics.domain.coding.OpenAnswer;
import org.nearpeer.analytics.domain.stats.Agreement;
import org.nearpeer.events.vocabulary.ParticipantRole;

/**
 * What coding produces: theme × role frequency tables per cycle (what mentees say versus mentors),
 * quotes per code, agreement between coders, trends across semesters, the coded segments as CSV,
 * and for researchers counts of themes, never text.
 */
@ApplicationScoped
public class CodingResults {

    private final CodingRepository repository;
    private final Codebooks codebooks;

    public CodingResults(CodingRepository repository, Codebooks codebooks) {
        this.repository = repository;
        this.codebooks = codebooks;
    }

    public record ThemeRow(String key, CodeLevel level, String label, long mentors, Double mentorsPercent, long mentees, Double menteesPercent) {
    }

    public record ThemeTable(String itemId, long codedMentorAnswers, long codedMenteeAnswers, List<ThemeRow> rows) {
    }

    public record Quote(UUID answerId, String itemId, ParticipantRole role, String text, List<String> codes) {
    }

    public record CodeAgreement(String code, Agreement.Result agreement) {
    }

    public record CoderPair(String firstCoder, String secondCoder, int answers, Double identicalCodeSets, Agreement.Result overall,
            List<CodeAgreement> perCode) {
    }

    public record ThemeTrend(String semester, String theme, long mentors, long mentees) {
    }

    /** Coded answers per role with each theme, category and code (an answer counts once per entry). */
    @Transactional
    public ThemeTable themes(String school, UUID cycleId, String itemId) {
        return themes(school, List.of(cycleId), itemId);
    }

    /** Several cycles pooled. */
    @Transactional
    public ThemeTable themes(String school, List<UUID> cycleIds, String itemId) {
        List<OpenAnswer> coded = cycleIds.stream().flatMap(c -> repository.coded(c).stream())
                .filter(a -> itemId == null || a.itemId().equals(itemId)).toList();
        long mentors = coded.stream().filter(a -> a.role() == ParticipantRole.MENTOR).count();
        long mentees = coded.size() - mentors;
        List<ThemeRow> rows = new ArrayList<>();
        for (Codebooks.CodeView entry : codebooks.current(school).codes()) {
            long m = coded.stream().filter(a -> a.role() == ParticipantRole.MENTOR && carries(a, entry.key())).count();
            long e = coded.stream().filter(a -> a.role() == ParticipantRole.MENTEE && carries(a, entry.key())).count();
            if (entry.retiredInVersion() == null || m + e > 0) {
                rows.add(new ThemeRow(entry.key(), entry.level(), entry.label(), m, percent(m, mentors), e, percent(e, mentees)));
            }
        }
        return new ThemeTable(itemId, mentors, mentees, rows);
    }

    @Transactional
    public List<Quote> quotes(UUID cycleId, String code) {
        return repository.coded(cycleId).stream().filter(a -> carries(a, code))
                .map(a -> new Quote(a.answerId(), a.itemId(), a.role(), a.text(), a.finalCodes())).toList();
    }

    /**
     * Per pair of coders, over the answers both coded: for each active code, whether each applied
     * it (present/absent) — κ, α and percent agreement per code and pooled over all code decisions —
     * and the share of answers given identical code sets.
     */
    @Transactional
    public List<CoderPair> agreement(String school, UUID cycleId) {
        Set<String> codes = codebooks.activeCodes(school).keySet();
        Map<UUID, List<Coding>> byAnswer = new LinkedHashMap<>();
        repository.submittedDoubleCodings(cycleId).forEach(c -> byAnswer.computeIfAbsent(c.answerId(), a -> new ArrayList<>()).add(c));
        Map<List<String>, List<Coding[]>> byPair = new TreeMap<>((x, y) -> (x.get(0) + "\u0000" + x.get(1)).compareTo(y.get(0) + "\u0000" + y.get(1)));
        byAnswer.values().stream().filter(pair -> pair.size() == 2).forEach(pair ->
                byPair.computeIfAbsent(List.of(pair.get(0).coderId(), pair.get(1).coderId()), k -> new ArrayList<>())
                        .add(new Coding[] {pair.get(0), pair.get(1)}));
        List<CoderPair> result = new ArrayList<>();
        byPair.forEach((coders, answers) -> {
            List<Boolean> pooledFirst = new ArrayList<>();
            List<Boolean> pooledSecond = new ArrayList<>();
            List<CodeAgreement> perCode = new ArrayList<>();
            for (String code : codes) {
                List<Boolean> first = new ArrayList<>();
                List<Boolean> second = new ArrayList<>();
                for (Coding[] pair : answers) {
                    first.add(pair[0].codes().contains(code));
                    second.add(pair[1].codes().contains(code));
                }
                pooledFirst.addAll(first);
                pooledSecond.addAll(second);
                perCode.add(new CodeAgreement(code, Agreement.of(first, second)));
            }
            long identical = answers.stream().filter(p -> p[0].codes().equals(p[1].codes())).count();
            result.add(new CoderPair(coders.get(0), coders.get(1), answers.size(), percent(identical, answers.size()),
                    Agreement.of(pooledFirst, pooledSecond), perCode));
        });
        return result;
    }

    /** Themes per semester by role, oldest semester first. */
    @Transactional
    public List<ThemeTrend> trends(String school) {
        List<Codebooks.CodeView> themes = codebooks.current(school).codes().stream().filter(c -> c.level() == CodeLevel.THEME).toList();
        Map<String, Map<String, long[]>> bySemester = new LinkedHashMap<>();
        for (Object[] row : repository.codedWithSemester()) {
            OpenAnswer answer = (OpenAnswer) row[2];
            if (row[0] == null) {
                continue; // its cycle is not known yet: no semester to place it in
            }
            Map<String, long[]> counts = bySemester.computeIfAbsent((String) row[0], s -> new HashMap<>());
            for (Codebooks.CodeView theme : themes) {
                if (carries(answer, theme.key())) {
                    counts.computeIfAbsent(theme.key(), t -> new long[2])[answer.role() == ParticipantRole.MENTOR ? 0 : 1]++;
                }
            }
        }
        List<ThemeTrend> trends = new ArrayList<>();
        bySemester.forEach((semester, counts) -> themes.forEach(theme -> {
            long[] c = counts.getOrDefault(theme.key(), new long[2]);
            trends.add(new ThemeTrend(semester, theme.key(), c[0], c[1]));
        }));
        return trends;
    }

    /** Every open answer of the cycle with its status and codes (text included: coordinators only). */
    @Transactional
    public String segmentsCsv(UUID cycleId) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader("answerId", "cycleId", "itemId", "role", "status", "codes", "flagged", "text")
                .get().print(out)) {
            int page = 0;
            List<OpenAnswer> batch;
            do {
                batch = repository.answers(cycleId, null, null, false, page++, 500);
                for (OpenAnswer a : batch) {
                    csv.printRecord(a.answerId(), a.cycleId(), a.itemId(), a.role(), a.status(), String.join(";", a.finalCodes()), a.flagged(), a.text());
                }
            } while (batch.size() == 500);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    /** For researchers: coded answers per school × cycle × theme × role, counts only, small counts withheld. */
    public record ThemeCount(String school, UUID cycleId, String semester, String theme, ParticipantRole role, Long answers, boolean suppressed) {
    }

    @Transactional
    public List<ThemeCount> researchCounts(String school, Map<String, Integer> thresholds, boolean raw) {
        List<ThemeCount> rows = new ArrayList<>();
        Map<String, Map<UUID, Map<String, long[]>>> counts = new TreeMap<>();
        Map<UUID, String> semesters = new HashMap<>();
        for (Object[] row : repository.codedWithSemester()) {
            OpenAnswer answer = (OpenAnswer) row[2];
            semesters.put(answer.cycleId(), (String) row[0]);
            String answerSchool = answer.schoolId();
            if (school != null && !school.equals(answerSchool)) {
                continue;
            }
            for (String code : answer.finalCodes()) {
                String theme = code.split("/")[0];
                counts.computeIfAbsent(answerSchool, s -> new TreeMap<>()).computeIfAbsent(answer.cycleId(), c -> new TreeMap<>())
                        .computeIfAbsent(theme + "\u0000" + answer.answerId(), t -> new long[2])[answer.role() == ParticipantRole.MENTOR ? 0 : 1] = 1;
            }
        }
        counts.forEach((s, cycles) -> cycles.forEach((cycle, perAnswer) -> {
            Map<String, long[]> perTheme = new TreeMap<>();
            perAnswer.forEach((key, roles) -> {
                long[] t = perTheme.computeIfAbsent(key.substring(0, key.indexOf('\u0000')), k -> new long[2]);
                t[0] += roles[0];
                t[1] += roles[1];
            });
            int threshold = thresholds.getOrDefault(s, SchoolSetting.DEFAULT_SUPPRESSION_THRESHOLD);
            perTheme.forEach((theme, c) -> {
                rows.add(count(s, cycle, semesters.get(cycle), theme, ParticipantRole.MENTOR, c[0], threshold, raw));
                rows.add(count(s, cycle, semesters.get(cycle), theme, ParticipantRole.MENTEE, c[1], threshold, raw));
            });
        }));
        return rows;
    }

    private static ThemeCount count(String school, UUID cycle, String semester, String theme, ParticipantRole role, long n, int threshold,
            boolean raw) {
        boolean small = !raw && new SmallCellSuppression(threshold).isSmall(n);
        return new ThemeCount(school, cycle, semester, theme, role, small ? null : n, small);
    }

    private static boolean carries(OpenAnswer answer, String key) {
        return answer.finalCodes().stream().anyMatch(c -> c.equals(key) || c.startsWith(key + "/"));
    }

    private static Double percent(long count, long total) {
        return total == 0 ? null : 100.0 * count / total;
    }
}
