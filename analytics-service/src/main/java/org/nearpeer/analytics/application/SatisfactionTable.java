package org.nearpeer.analytics.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.nearpeer.analytics.domain.LikertCell;
import org.nearpeer.analytics.domain.SatisfactionRepository;
import org.nearpeer.analytics.domain.stats.LevelCounts;
import org.nearpeer.analytics.domain.stats.MannWhitney;
import org.nearpeer.events.vocabulary.ParticipantRole;

/** The program's satisfaction table of a cycle: per Likert item, mentors and mentees side by side, and their comparison. */
@ApplicationScoped
public class SatisfactionTable {

    private final SatisfactionRepository repository;

    public SatisfactionTable(SatisfactionRepository repository) {
        this.repository = repository;
    }

    /** One role's answers to one item; undefined figures are null. */
    public record RoleFigures(long n, Double mean, Double sd, Double median, long[] distribution) {
        static RoleFigures of(LevelCounts counts) {
            return new RoleFigures(counts.total(), nan(counts.mean()), nan(counts.standardDeviation()), nan(counts.median()), counts.toArray());
        }
    }

    /** Mann-Whitney between mentors (x) and mentees (y); u is the mentors' U. */
    public record Comparison(Double u, Double pExact, Double pAsymptotic, Double pAsymptoticCorrected) {
    }

    public record ItemRow(String itemId, RoleFigures mentors, RoleFigures mentees, Comparison comparison) {
    }

    @Transactional
    public List<ItemRow> of(UUID cycleId) {
        return of(List.of(cycleId));
    }

    /** Several cycles pooled: the answers of all of them, per item and role. */
    @Transactional
    public List<ItemRow> of(List<UUID> cycleIds) {
        Map<String, long[][]> byItem = new TreeMap<>();
        for (UUID cycleId : cycleIds) {
            for (LikertCell cell : repository.cells(cycleId)) {
                long[][] pair = byItem.computeIfAbsent(cell.itemId(), id -> new long[2][5]);
                long[] counts = cell.levelCounts().toArray();
                long[] sum = pair[cell.role() == ParticipantRole.MENTOR ? 0 : 1];
                for (int level = 0; level < sum.length; level++) {
                    sum[level] += counts[level];
                }
            }
        }
        List<ItemRow> rows = new ArrayList<>();
        byItem.forEach((item, counts) -> {
            LevelCounts[] pair = {LevelCounts.of(counts[0]), LevelCounts.of(counts[1])};
            MannWhitney.Result test = MannWhitney.test(pair[0], pair[1]);
            rows.add(new ItemRow(item, RoleFigures.of(pair[0]), RoleFigures.of(pair[1]),
                    new Comparison(nan(test.u()), test.pExact(), test.pAsymptotic(), test.pAsymptoticCorrected())));
        });
        return rows;
    }

    private static Double nan(double value) {
        return Double.isNaN(value) ? null : value;
    }
}
