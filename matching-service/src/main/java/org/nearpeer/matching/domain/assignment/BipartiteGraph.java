package org.nearpeer.matching.domain.assignment;

import java.util.Arrays;

/**
 * Feasible mentee–mentor pairs with integer weights (higher is better) and mentor capacities,
 * stored compactly (CSR by mentee: 8 bytes per edge), since real instances are sparse.
 */
public final class BipartiteGraph {

    final int mentees;
    final int mentors;
    final int[] capacity;
    final int[] edgeStart;
    final int[] edgeMentor;
    final int[] edgeWeight;

    private BipartiteGraph(int mentees, int mentors, int[] capacity, int[] edgeStart, int[] edgeMentor, int[] edgeWeight) {
        this.mentees = mentees;
        this.mentors = mentors;
        this.capacity = capacity;
        this.edgeStart = edgeStart;
        this.edgeMentor = edgeMentor;
        this.edgeWeight = edgeWeight;
    }

    public int mentees() {
        return mentees;
    }

    public int mentors() {
        return mentors;
    }

    public int edges() {
        return edgeMentor.length;
    }

    public int capacity(int mentor) {
        return capacity[mentor];
    }

    /** The weight of a pair, or -1 when it is not feasible. */
    public int weight(int mentee, int mentor) {
        for (int e = edgeStart[mentee]; e < edgeStart[mentee + 1]; e++) {
            if (edgeMentor[e] == mentor) {
                return edgeWeight[e];
            }
        }
        return -1;
    }

    /** Collects edges in any order; {@link #build()} sorts them so results never depend on insertion order. */
    public static final class Builder {
        private final int mentees;
        private final int mentors;
        private final int[] capacity;
        private int[] from = new int[16];
        private int[] to = new int[16];
        private int[] weight = new int[16];
        private int size;

        public Builder(int mentees, int mentors) {
            if (mentees < 0 || mentors < 0) {
                throw new IllegalArgumentException("negative size");
            }
            this.mentees = mentees;
            this.mentors = mentors;
            this.capacity = new int[mentors];
            Arrays.fill(capacity, 1);
        }

        public Builder capacity(int mentor, int slots) {
            if (slots < 0) {
                throw new IllegalArgumentException("negative capacity");
            }
            capacity[mentor] = slots;
            return this;
        }

        public Builder allCapacities(int slots) {
            Arrays.fill(capacity, slots);
            return this;
        }

        public Builder edge(int mentee, int mentor, int pairWeight) {
            if (mentee < 0 || mentee >= mentees || mentor < 0 || mentor >= mentors || pairWeight < 0) {
                throw new IllegalArgumentException("edge out of range: " + mentee + " " + mentor + " " + pairWeight);
            }
            if (size == from.length) {
                from = Arrays.copyOf(from, size * 2);
                to = Arrays.copyOf(to, size * 2);
                weight = Arrays.copyOf(weight, size * 2);
            }
            from[size] = mentee;
            to[size] = mentor;
            weight[size] = pairWeight;
            size++;
            return this;
        }

        public BipartiteGraph build() {
            int[] start = new int[mentees + 1];
            for (int e = 0; e < size; e++) {
                start[from[e] + 1]++;
            }
            for (int i = 0; i < mentees; i++) {
                start[i + 1] += start[i];
            }
            int[] fill = Arrays.copyOf(start, mentees);
            int[] mentor = new int[size];
            int[] pairWeight = new int[size];
            for (int e = 0; e < size; e++) {
                int slot = fill[from[e]]++;
                mentor[slot] = to[e];
                pairWeight[slot] = weight[e];
            }
            // Sort each mentee's edges by mentor (insertion sort: lists are short); keep the best weight of a duplicate pair.
            int write = 0;
            int[] newStart = new int[mentees + 1];
            for (int i = 0; i < mentees; i++) {
                int lo = start[i];
                int hi = start[i + 1];
                for (int a = lo + 1; a < hi; a++) {
                    int m = mentor[a];
                    int w = pairWeight[a];
                    int b = a - 1;
                    while (b >= lo && mentor[b] > m) {
                        mentor[b + 1] = mentor[b];
                        pairWeight[b + 1] = pairWeight[b];
                        b--;
                    }
                    mentor[b + 1] = m;
                    pairWeight[b + 1] = w;
                }
                newStart[i] = write;
                for (int a = lo; a < hi; a++) {
                    if (write > newStart[i] && mentor[write - 1] == mentor[a]) {
                        pairWeight[write - 1] = Math.max(pairWeight[write - 1], pairWeight[a]);
                    } else {
                        mentor[write] = mentor[a];
                        pairWeight[write] = pairWeight[a];
                        write++;
                    }
                }
            }
            newStart[mentees] = write;
            return new BipartiteGraph(mentees, mentors, capacity.clone(), newStart, Arrays.copyOf(mentor, write), Arrays.copyOf(pairWeight, write));
        }
    }
}
