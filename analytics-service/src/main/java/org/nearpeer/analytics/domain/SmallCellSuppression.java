package org.nearpeer.analytics.domain;

import org.nearpeer.analytics.domain.stats.LevelCounts;

/**
 * Disclosure control for figures shared outside a school. A group (one role's answers to one
 * item) smaller than the threshold is withheld entirely: its n, mean, SD, median and distribution.
 * A group at or above the threshold keeps n, mean, SD and median; if any of its level counts is
 * small (1 … threshold−1) the whole distribution is withheld — a complementary suppression: hiding
 * only the small cells would let them be recovered from n (one equation) and, with mean and SD,
 * from up to three linear equations over the five counts. Zero counts are not small (nobody is
 * identified by them). A comparison between two groups is shared only when both distributions are.
 */
public record SmallCellSuppression(int threshold) {

    public SmallCellSuppression {
        if (threshold < 1) {
            throw new IllegalArgumentException("threshold must be at least 1");
        }
    }

    /** What may be shared of one group; null fields are withheld. */
    public record SharedGroup(Long n, Double mean, Double sd, Double median, long[] distribution, boolean suppressed) {
    }

    /** Everything, for those who may see their own school's raw figures. */
    public static SharedGroup unsuppressed(LevelCounts counts) {
        return new SharedGroup(counts.total(), defined(counts.mean()), defined(counts.standardDeviation()), defined(counts.median()),
                counts.toArray(), false);
    }

    public SharedGroup share(LevelCounts counts) {
        long n = counts.total();
        if (isSmall(n)) {
            return new SharedGroup(null, null, null, null, null, true);
        }
        SharedGroup all = unsuppressed(counts);
        if (distributionShareable(counts)) {
            return all;
        }
        return new SharedGroup(all.n(), all.mean(), all.sd(), all.median(), null, true);
    }

    /** Whether a comparison (U and p-values) of the two groups may be shared. */
    public boolean comparisonShareable(LevelCounts mentors, LevelCounts mentees) {
        return !isSmall(mentors.total()) && !isSmall(mentees.total()) && distributionShareable(mentors) && distributionShareable(mentees);
    }

    private boolean distributionShareable(LevelCounts counts) {
        for (long count : counts.toArray()) {
            if (isSmall(count)) {
                return false;
            }
        }
        return true;
    }

    /** A count that identifies too few people to share: 1 … threshold − 1. */
    public boolean isSmall(long count) {
        return count > 0 && count < threshold;
    }

    private static Double defined(double value) {
        return Double.isNaN(value) ? null : value;
    }
}
