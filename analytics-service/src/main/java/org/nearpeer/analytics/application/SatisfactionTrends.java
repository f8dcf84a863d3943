package org.nearpeer.analytics.application;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.nearpeer.analytics.domain.SatisfactionRepository;
import org.nearpeer.analytics.domain.stats.LevelCounts;
import org.nearpeer.events.vocabulary.ParticipantRole;

/** Satisfaction of a school across its semesters: n, mean and SD per cycle × item × role, oldest semester first. */
@ApplicationScoped
public class SatisfactionTrends {

    private final SatisfactionRepository repository;

    public SatisfactionTrends(SatisfactionRepository repository) {
        this.repository = repository;
    }

    public record TrendPoint(String semester, java.util.UUID cycleId, String itemId, ParticipantRole role, long n, Double mean, Double sd) {
    }

    /** @param itemId one item, or null for all */
    @Transactional
    public List<TrendPoint> of(String itemId) {
        return repository.cellsBySemester(itemId).stream().map(row -> {
            LevelCounts counts = row.cell().levelCounts();
            return new TrendPoint(row.semester(), row.cycleId(), row.cell().itemId(), row.cell().role(), counts.total(), defined(counts.mean()),
                    defined(counts.standardDeviation()));
        }).toList();
    }

    private static Double defined(double value) {
        return Double.isNaN(value) ? null : value;
    }
}
