package org.nearpeer.analytics.domain.stats;

/**
 * Mann-Whitney U between two groups of ordinal answers given as level counts (ties are the rule
 * with Likert items). {@code u} is the U of group x (as R's {@code wilcox.test(x, y)} reports W).
 *
 * <ul>
 * <li>asymptotic two-sided p with the tie-corrected variance, without and with continuity
 * correction — R {@code wilcox.test(x, y, exact = FALSE, correct = FALSE / TRUE)};</li>
 * <li>exact conditional two-sided p: the permutation distribution of U given the observed ties,
 * {@code P(|U − E[U]| ≥ |u − E[U]|)} — R {@code coin::wilcox_test(distribution = "exact")}.</li>
 * </ul>
 * Undefined values (an empty group; no variance because every answer is tied) are null.
 */
public final class MannWhitney {

    private MannWhitney() {
    }

    /**
     * @param u                    U of group x
     * @param pAsymptotic          normal approximation, tie-corrected, no continuity correction
     * @param pAsymptoticCorrected the same with continuity correction
     * @param pExact               exact conditional two-sided p
     */
    public record Result(double u, Double pAsymptotic, Double pAsymptoticCorrected, Double pExact) {
    }

    public static Result test(LevelCounts x, LevelCounts y) {
        if (x.levels() != y.levels()) {
            throw new IllegalArgumentException("both groups need the same scale");
        }
        int levels = x.levels();
        long n1 = x.total();
        long n2 = y.total();
        if (n1 == 0 || n2 == 0) {
            return new Result(Double.NaN, null, null, null);
        }
        long n = n1 + n2;
        long[] a = x.toArray();
        long[] t = new long[levels];
        // Twice the midrank of each level: integers, so the exact test runs on integer sums.
        long[] twiceMidrank = new long[levels];
        long below = 0;
        double tieTerm = 0;
        for (int k = 0; k < levels; k++) {
            t[k] = a[k] + y.count(k);
            twiceMidrank[k] = 2 * below + t[k] + 1;
            below += t[k];
            tieTerm += (double) t[k] * t[k] * t[k] - t[k];
        }
        long twiceRankSum = 0;
        for (int k = 0; k < levels; k++) {
            twiceRankSum += a[k] * twiceMidrank[k];
        }
        double u = twiceRankSum / 2.0 - n1 * (n1 + 1) / 2.0;
        double deviation = u - n1 * (double) n2 / 2.0;
        double variance = (n1 * (double) n2 / 12.0) * ((n + 1) - tieTerm / ((double) n * (n - 1)));
        Double pAsymptotic = null;
        Double pCorrected = null;
        if (variance > 0) {
            double sigma = Math.sqrt(variance);
            pAsymptotic = twoSidedNormal(deviation / sigma);
            pCorrected = twoSidedNormal((deviation - 0.5 * Math.signum(deviation)) / sigma);
        }
        // D = 2W − 2E[W]; E[W] = n1 (N + 1) / 2.
        long observed = Math.abs(twiceRankSum - n1 * (n + 1));
        Double pExact = variance > 0 ? ExactConditional.twoSidedTail(t, twiceMidrank, n1, n1 * (n + 1), observed, pAsymptotic) : null;
        return new Result(u, pAsymptotic, pCorrected, pExact);
    }

    static double twoSidedNormal(double z) {
        return Math.min(1.0, 2 * NormalDistribution.upperTail(Math.abs(z)));
    }
}
