package org.nearpeer.analytics.domain.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * The exact conditional p against exhaustive enumeration with exact integer arithmetic, and the
 * descriptive statistics and asymptotic p against values worked out by hand and by R.
 */
class MannWhitneyTest {

    @Test
    void exactPEqualsExhaustiveEnumerationOnManyRandomSmallSamples() {
        SplittableRandom random = new SplittableRandom(7);
        for (int trial = 0; trial < 300; trial++) {
            long[] x = new long[5];
            long[] y = new long[5];
            int nx = 1 + random.nextInt(12);
            int ny = 1 + random.nextInt(12);
            for (int i = 0; i < nx; i++) {
                x[random.nextInt(random.nextBoolean() ? 5 : 3) + (random.nextBoolean() ? 0 : 0)]++;
            }
            for (int i = 0; i < ny; i++) {
                y[2 + random.nextInt(3)]++;
            }
            var result = MannWhitney.test(LevelCounts.of(x), LevelCounts.of(y));
            double exhaustive = exhaustiveTwoSided(x, y);
            if (Double.isNaN(exhaustive)) {
                assertThat(result.pExact()).isNull();
            } else {
                assertThat(result.pExact()).as("x=%s y=%s", java.util.Arrays.toString(x), java.util.Arrays.toString(y))
                        .isCloseTo(exhaustive, within(1e-12));
            }
        }
    }

    @Test
    void oneAgainstOne() {
        var result = MannWhitney.test(LevelCounts.of(0, 0, 0, 1, 0), LevelCounts.of(0, 1, 0, 0, 0));
        assertThat(result.u()).isEqualTo(1.0);
        assertThat(result.pExact()).isCloseTo(1.0, within(1e-15));
    }

    @Test
    void allAnswersTiedHaveNoVarianceAndUndefinedPValues() {
        var result = MannWhitney.test(LevelCounts.of(0, 0, 3, 0, 0), LevelCounts.of(0, 0, 4, 0, 0));
        assertThat(result.u()).isEqualTo(6.0);
        assertThat(result.pExact()).isNull();
        assertThat(result.pAsymptotic()).isNull();
    }

    @Test
    void anEmptyGroupLeavesTheTestUndefined() {
        var result = MannWhitney.test(LevelCounts.of(0, 0, 0, 0, 0), LevelCounts.of(1, 2, 3, 0, 0));
        assertThat(result.pExact()).isNull();
        assertThat(result.pAsymptoticCorrected()).isNull();
    }

    @Test
    void asymptoticPMatchesRWilcoxTestWithTies() {
        // R: x <- c(3,3,4,4,4,5,5,2,4,4); y <- c(2,3,3,3,4,4,4,5,5,3,4,2)
        // wilcox.test(x, y, exact=FALSE, correct=FALSE)$p.value and correct=TRUE, computed from R's own formula.
        LevelCounts x = LevelCounts.of(0, 1, 2, 5, 2);
        LevelCounts y = LevelCounts.of(0, 2, 4, 4, 2);
        var result = MannWhitney.test(x, y);
        // U, variance and p by R's formula, written out independently here.
        double n1 = 10;
        double n2 = 12;
        double[] t = {0, 3, 6, 9, 4};
        double tie = 0;
        for (double ti : t) {
            tie += ti * ti * ti - ti;
        }
        double sigma = Math.sqrt(n1 * n2 / 12 * ((n1 + n2 + 1) - tie / ((n1 + n2) * (n1 + n2 - 1))));
        // midranks: level2 = 2, level3 = 6.5, level4 = 14, level5 = 20.5
        double w = 1 * 2 + 2 * 6.5 + 5 * 14 + 2 * 20.5;
        double u = w - n1 * (n1 + 1) / 2;
        assertThat(result.u()).isEqualTo(u);
        double z = (u - n1 * n2 / 2) / sigma;
        assertThat(result.pAsymptotic()).isCloseTo(2 * NormalDistribution.upperTail(Math.abs(z)), within(1e-15));
        double zc = (u - n1 * n2 / 2 - 0.5 * Math.signum(u - n1 * n2 / 2)) / sigma;
        assertThat(result.pAsymptoticCorrected()).isCloseTo(2 * NormalDistribution.upperTail(Math.abs(zc)), within(1e-15));
    }

    @Test
    void normalTailIsAccurate() {
        // pnorm(-1.96) and pnorm(-5) from R, 17 significant digits.
        assertThat(NormalDistribution.upperTail(1.96)).isCloseTo(0.024997895148220435, within(1e-17));
        assertThat(NormalDistribution.upperTail(5.0)).isCloseTo(2.8665157187919333e-07, within(1e-20));
        assertThat(NormalDistribution.upperTail(0.0)).isEqualTo(0.5);
    }

    @Test
    void descriptiveStatisticsOfLevelCounts() {
        LevelCounts counts = LevelCounts.of(0, 1, 4, 4, 1); // 2,3,3,3,3,4,4,4,4,5
        assertThat(counts.mean()).isCloseTo(3.5, within(1e-15));
        assertThat(counts.standardDeviation()).isCloseTo(Math.sqrt(6.5 / 9), within(1e-15));
        assertThat(counts.median()).isEqualTo(3.5);
        counts.add(4);
        assertThat(counts.median()).isEqualTo(4.0);
        counts.remove(4);
        assertThat(counts.total()).isEqualTo(10);
        assertThat(LevelCounts.of(0, 0, 1, 0, 0).standardDeviation()).isNaN();
    }

    /** Exact two-sided p by enumerating every count vector with BigInteger binomials. */
    private static double exhaustiveTwoSided(long[] x, long[] y) {
        int levels = x.length;
        long n1 = 0;
        long n = 0;
        long[] t = new long[levels];
        long[] s = new long[levels];
        long below = 0;
        double tieCheck = 0;
        for (int k = 0; k < levels; k++) {
            t[k] = x[k] + y[k];
            n1 += x[k];
            n += t[k];
            s[k] = 2 * below + t[k] + 1;
            below += t[k];
        }
        for (int k = 0; k < levels; k++) {
            tieCheck += t[k] == n ? 1 : 0;
        }
        long n2 = n - n1;
        if (n1 == 0 || n2 == 0 || tieCheck > 0) {
            return Double.NaN;
        }
        long observedSum = 0;
        for (int k = 0; k < levels; k++) {
            observedSum += x[k] * s[k];
        }
        long center = n1 * (n + 1);
        long observed = Math.abs(observedSum - center);
        BigInteger[] hit = {BigInteger.ZERO};
        enumerate(t, s, 0, n1, 0, BigInteger.ONE, center, observed, hit);
        BigDecimal p = new BigDecimal(hit[0]).divide(new BigDecimal(choose(n, n1)), MathContext.DECIMAL128);
        return p.doubleValue();
    }

    private static void enumerate(long[] t, long[] s, int k, long draws, long partial, BigInteger ways, long center, long observed, BigInteger[] hit) {
        if (k == t.length) {
            if (draws == 0 && Math.abs(partial - center) >= observed) {
                hit[0] = hit[0].add(ways);
            }
            return;
        }
        for (long a = 0; a <= Math.min(t[k], draws); a++) {
            enumerate(t, s, k + 1, draws - a, partial + a * s[k], ways.multiply(choose(t[k], a)), center, observed, hit);
        }
    }

    private static BigInteger choose(long n, long k) {
        BigInteger result = BigInteger.ONE;
        for (long i = 0; i < k; i++) {
            result = result.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1));
        }
        return result;
    }
}
