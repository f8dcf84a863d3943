package org.nearpeer.matching.domain.assignment;

import java.util.Arrays;

/**
 * The fast path for instances where every mentee can be matched and the places add up to the
 * mentees exactly (then every assignment of all mentees fills every place, and only the weight is
 * left to optimise): Bertsekas' forward auction with epsilon scaling. Mentees bid for the
 * cheapest place of their best mentor, raising its price by their margin over the runner-up plus
 * epsilon; each phase starts again from the last prices with a smaller epsilon. Weights are
 * scaled by {@code n + 1}, so the last phase (epsilon 1) ends within {@code n} of the optimum in
 * scaled units — less than one unit of weight: the assignment is optimal.
 *
 * <p>A mentor's places are separate objects with their own prices (native capacity, edges not
 * copied); a place's sibling counts as a runner-up, which keeps every mentee's choice within
 * epsilon of its best. Deterministic: mentees bid in queue order, ties go to the first edge.
 */
final class ScalingAuction {

    /** The first epsilon is the largest scaled weight over this; each phase divides it by {@link #REDUCTION}. */
    private static final long FIRST_DIVISOR = 50;
    private static final long REDUCTION = 3;

    private ScalingAuction() {
    }

    /** Whether the auction applies: every mentee can be matched and the places equal the mentees. */
    static boolean applies(BipartiteGraph g, long maxWeight) {
        long places = 0;
        for (int j = 0; j < g.mentors; j++) {
            places += g.capacity[j];
        }
        // Scaled weights and prices must stay far from overflow.
        return g.mentees > 0 && places == g.mentees && maxWeight < (1L << 40) / (g.mentees + 1L)
                && MaximumMatching.size(g) == g.mentees;
    }

    /**
     * @param bidBudget a safety net: null when exhausted (never on an instance that {@link #applies})
     * @return each mentee's mentor
     */
    static int[] solve(BipartiteGraph g, long maxWeight, long bidBudget) {
        int n = g.mentees;
        int m = g.mentors;
        int[] placeStart = new int[m + 1];
        for (int j = 0; j < m; j++) {
            placeStart[j + 1] = placeStart[j] + g.capacity[j];
        }
        long scale = n + 1L;
        long top = maxWeight * scale;
        long[] price = new long[placeStart[m]];
        int[] holder = new int[placeStart[m]];
        int[] placeOf = new int[n];
        int[] queue = new int[n];
        // Per mentor, the lowest and second-lowest place price (interleaved, one cache line per
        // edge scanned) and the first place at the lowest price: a bid reads them instead of every place.
        long[] lowest = new long[2 * m];
        int[] cheapest = new int[m];
        for (int j = 0; j < m; j++) {
            rank(j, placeStart, price, lowest, cheapest);
        }
        long epsilon = Math.max(1, top / FIRST_DIVISOR);
        while (true) {
            Arrays.fill(holder, -1);
            Arrays.fill(placeOf, -1);
            for (int i = 0; i < n; i++) {
                queue[i] = i;
            }
            int head = 0;
            int waiting = n;
            while (waiting > 0) {
                if (--bidBudget < 0) {
                    return null;
                }
                int i = queue[head];
                head = head + 1 == n ? 0 : head + 1;
                waiting--;
                long best = Long.MIN_VALUE;
                long second = Long.MIN_VALUE;
                int bestMentor = -1;
                for (int e = g.edgeStart[i]; e < g.edgeStart[i + 1]; e++) {
                    int j = g.edgeMentor[e];
                    long low = lowest[2 * j];
                    if (low == Long.MAX_VALUE) {
                        continue; // no places
                    }
                    long value = g.edgeWeight[e] * scale;
                    long net = value - low;
                    if (net > best) {
                        long nextLow = lowest[2 * j + 1];
                        second = Math.max(best, nextLow == Long.MAX_VALUE ? Long.MIN_VALUE : value - nextLow);
                        best = net;
                        bestMentor = j;
                    } else if (net > second) {
                        second = net;
                    }
                }
                if (second == Long.MIN_VALUE) {
                    second = best - top - 1; // one option only: outbid anyone for it
                }
                int bestPlace = cheapest[bestMentor];
                price[bestPlace] += best - second + epsilon;
                rank(bestMentor, placeStart, price, lowest, cheapest);
                int displaced = holder[bestPlace];
                holder[bestPlace] = i;
                placeOf[i] = bestPlace;
                if (displaced >= 0) {
                    placeOf[displaced] = -1;
                    int tail = head + waiting;
                    queue[tail >= n ? tail - n : tail] = displaced;
                    waiting++;
                }
            }
            if (epsilon == 1) {
                break;
            }
            epsilon = Math.max(1, epsilon / REDUCTION);
        }
        int[] mentorOf = new int[n];
        int[] mentorOfPlace = new int[placeStart[m]];
        for (int j = 0; j < m; j++) {
            Arrays.fill(mentorOfPlace, placeStart[j], placeStart[j + 1], j);
        }
        for (int i = 0; i < n; i++) {
            mentorOf[i] = mentorOfPlace[placeOf[i]];
        }
        return mentorOf;
    }

    /** Recomputes mentor {@code j}'s lowest and second-lowest place price and its first cheapest place. */
    private static void rank(int j, int[] placeStart, long[] price, long[] lowest, int[] cheapest) {
        int from = placeStart[j];
        int to = placeStart[j + 1];
        long low = Long.MAX_VALUE;
        long nextLow = Long.MAX_VALUE;
        int at = -1;
        for (int s = from; s < to; s++) {
            if (price[s] < low) {
                nextLow = low;
                low = price[s];
                at = s;
            } else if (price[s] < nextLow) {
                nextLow = price[s];
            }
        }
        lowest[2 * j] = low;
        lowest[2 * j + 1] = nextLow;
        cheapest[j] = at;
    }
}
