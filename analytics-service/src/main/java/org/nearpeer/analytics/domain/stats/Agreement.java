package org.nearpeer.analytics.domain.stats;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Agreement of two coders who each gave one nominal label to the same units: percent agreement,
 * Cohen's κ and Krippendorff's α (nominal, two coders, no missing values). A coefficient whose
 * chance term leaves nothing to explain — every label the same, so expected agreement is 1 —
 * is undefined and reported as null, never as NaN or 1.
 */
public final class Agreement {

    private Agreement() {
    }

    /** @param percent observed agreement 0..1; kappa and alpha null when undefined */
    public record Result(int units, Double percent, Double kappa, Double alpha) {
    }

    public static <T> Result of(List<T> first, List<T> second) {
        if (first.size() != second.size()) {
            throw new IllegalArgumentException("both coders must label the same units");
        }
        int n = first.size();
        if (n == 0) {
            return new Result(0, null, null, null);
        }
        Map<T, Integer> firstMargins = new HashMap<>();
        Map<T, Integer> secondMargins = new HashMap<>();
        int agreements = 0;
        for (int i = 0; i < n; i++) {
            firstMargins.merge(first.get(i), 1, Integer::sum);
            secondMargins.merge(second.get(i), 1, Integer::sum);
            if (first.get(i).equals(second.get(i))) {
                agreements++;
            }
        }
        double observed = (double) agreements / n;
        Set<T> labels = new HashSet<>(firstMargins.keySet());
        labels.addAll(secondMargins.keySet());
        double expected = 0;
        // Krippendorff: pooled label frequencies n_c over both coders (2n values in all).
        double pooledSquares = 0;
        for (T label : labels) {
            int a = firstMargins.getOrDefault(label, 0);
            int b = secondMargins.getOrDefault(label, 0);
            expected += ((double) a / n) * ((double) b / n);
            pooledSquares += (double) (a + b) * (a + b);
        }
        Double kappa = expected >= 1 ? null : (observed - expected) / (1 - expected);
        double values = 2.0 * n;
        double disagreeingPairs = values * values - pooledSquares; // Σ_{c≠k} n_c n_k
        Double alpha = disagreeingPairs == 0 ? null : 1 - (values - 1) * (2.0 * (n - agreements)) / disagreeingPairs;
        return new Result(n, observed, kappa, alpha);
    }
}
