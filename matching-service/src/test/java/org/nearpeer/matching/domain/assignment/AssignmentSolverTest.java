package org.nearpeer.matching.domain.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The solver against exhaustive search on small instances: valid, maximum cardinality, then maximum weight, deterministic. */
class AssignmentSolverTest {

    record Instance(int mentees, int mentors, int[] capacities, List<int[]> edges) {
        BipartiteGraph graph() {
            BipartiteGraph.Builder builder = new BipartiteGraph.Builder(mentees, mentors);
            for (int j = 0; j < mentors; j++) {
                builder.capacity(j, capacities[j]);
            }
            edges.forEach(e -> builder.edge(e[0], e[1], e[2]));
            return builder.build();
        }

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder(mentees + " mentees, capacities " + java.util.Arrays.toString(capacities) + ", edges");
            edges.forEach(e -> text.append(" ").append(e[0]).append("-").append(e[1]).append(":").append(e[2]));
            return text.toString();
        }
    }

    @Provide
    Arbitrary<Instance> instances() {
        return Combinators.combine(Arbitraries.integers().between(0, 7), Arbitraries.integers().between(1, 5)).flatAs((n, m) -> {
            Arbitrary<int[]> capacities = Arbitraries.integers().between(0, 3).array(int[].class).ofSize(m);
            Arbitrary<List<int[]>> edges = Combinators.combine(Arbitraries.integers().between(0, Math.max(0, n - 1)),
                    Arbitraries.integers().between(0, m - 1), Arbitraries.integers().between(0, 20))
                    .as((i, j, w) -> new int[] {i, j, w}).list().ofMaxSize(n == 0 ? 0 : 14);
            return Combinators.combine(capacities, edges).as((c, e) -> new Instance(n, m, c, e));
        });
    }

    @Property(tries = 600)
    void matchesAsManyMenteesAsPossibleThenWithTheHighestTotalWeight(@ForAll("instances") Instance instance) {
        BipartiteGraph graph = instance.graph();
        Assignment assignment = new AssignmentSolver().solve(graph);
        long[] best = bruteForce(graph);
        assertThat(assignment.matched()).as("cardinality").isEqualTo(best[0]);
        assertThat(assignment.totalWeight()).as("weight").isEqualTo(best[1]);
    }

    /** Instances where every mentee can be matched and the places equal the mentees: the auction's ground. */
    @Provide
    Arbitrary<Instance> fullInstances() {
        return Combinators.combine(Arbitraries.integers().between(1, 7), Arbitraries.integers().between(1, 4), Arbitraries.longs())
                .as((n, m, seed) -> {
                    java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
                    int[] capacities = new int[m];
                    int[] placeOwner = new int[n];
                    for (int p = 0; p < n; p++) {
                        placeOwner[p] = p < m ? p : random.nextInt(m);
                        capacities[placeOwner[p]]++;
                    }
                    List<int[]> edges = new ArrayList<>();
                    int weights = random.nextBoolean() ? 3 : 50;
                    for (int i = 0; i < n; i++) {
                        edges.add(new int[] {i, placeOwner[i], random.nextInt(weights)}); // a full assignment exists
                    }
                    for (int e = random.nextInt(2 * n + 1); e > 0; e--) {
                        edges.add(new int[] {random.nextInt(n), random.nextInt(m), random.nextInt(weights)});
                    }
                    return new Instance(n, m, capacities, edges);
                });
    }

    @Property(tries = 600)
    void theAuctionFindsTheOptimumWhenEveryMenteeCanBeMatched(@ForAll("fullInstances") Instance instance) {
        BipartiteGraph graph = instance.graph();
        Assignment assignment = new AssignmentSolver().solve(graph);
        long[] best = bruteForce(graph);
        assertThat(assignment.matched()).as("cardinality").isEqualTo(best[0]).isEqualTo(graph.mentees());
        assertThat(assignment.totalWeight()).as("weight").isEqualTo(best[1]);
        assertThat(assignment.totalWeight()).isEqualTo(AssignmentSolver.byShortestPaths(graph).totalWeight());
    }

    @Property(tries = 60)
    void bothAlgorithmsAgreeOnLargerFullInstances(@ForAll long seed) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        int mentors = 20 + random.nextInt(60);
        BipartiteGraph.Builder builder = new BipartiteGraph.Builder(2 * mentors, mentors).allCapacities(2);
        for (int i = 0; i < 2 * mentors; i++) {
            builder.edge(i, i / 2, random.nextInt(1001));
            for (int k = 0; k < 5; k++) {
                builder.edge(i, random.nextInt(mentors), random.nextInt(1001));
            }
        }
        BipartiteGraph graph = builder.build();
        assertThat(new AssignmentSolver().solve(graph).totalWeight()).isEqualTo(AssignmentSolver.byShortestPaths(graph).totalWeight());
    }

    @Property(tries = 300)
    void countsTheLargestMatchingExactly(@ForAll("instances") Instance instance) {
        BipartiteGraph graph = instance.graph();
        assertThat((long) MaximumMatching.size(graph)).isEqualTo(bruteForce(graph)[0]);
    }

    @Property(tries = 300)
    void neverBreaksAHardRule(@ForAll("instances") Instance instance) {
        BipartiteGraph graph = instance.graph();
        Assignment assignment = new AssignmentSolver().solve(graph);
        int[] load = new int[graph.mentors()];
        long weight = 0;
        int matched = 0;
        for (int i = 0; i < graph.mentees(); i++) {
            int j = assignment.mentorOfMentee()[i];
            if (j < 0) {
                continue;
            }
            assertThat(graph.weight(i, j)).as("pair " + i + "-" + j + " is feasible").isGreaterThanOrEqualTo(0);
            load[j]++;
            weight += graph.weight(i, j);
            matched++;
        }
        for (int j = 0; j < graph.mentors(); j++) {
            assertThat(load[j]).as("mentor " + j + " within capacity").isLessThanOrEqualTo(graph.capacity(j));
        }
        assertThat(assignment.matched()).isEqualTo(matched);
        assertThat(assignment.totalWeight()).isEqualTo(weight);
    }

    @Property(tries = 200)
    void givesTheSameAssignmentForTheSameInputWhateverTheEdgeOrder(@ForAll("instances") Instance instance) {
        List<int[]> reversed = new ArrayList<>(instance.edges());
        java.util.Collections.reverse(reversed);
        Assignment first = new AssignmentSolver().solve(instance.graph());
        Assignment second = new AssignmentSolver().solve(new Instance(instance.mentees(), instance.mentors(), instance.capacities(), reversed).graph());
        assertThat(second.mentorOfMentee()).isEqualTo(first.mentorOfMentee());
    }

    @Example
    void prefersTheHeavierOfTwoMenteesCompetingForOneMentor() {
        BipartiteGraph graph = new BipartiteGraph.Builder(2, 1).edge(0, 0, 1).edge(1, 0, 1000).build();
        assertThat(new AssignmentSolver().solve(graph).mentorOfMentee()).containsExactly(-1, 0);
    }

    @Example
    void givesUpWeightForAnExtraMatchedMentee() {
        // Mentee 0 likes mentor 0 best, but only mentor 0 can take mentee 1: cardinality comes first.
        BipartiteGraph graph = new BipartiteGraph.Builder(2, 2).edge(0, 0, 100).edge(0, 1, 1).edge(1, 0, 1).build();
        Assignment assignment = new AssignmentSolver().solve(graph);
        assertThat(assignment.mentorOfMentee()).containsExactly(1, 0);
        assertThat(assignment.matched()).isEqualTo(2);
    }

    @Example
    void aMentorWithCapacityTwoTakesTwoMentees() {
        BipartiteGraph graph = new BipartiteGraph.Builder(3, 1).capacity(0, 2).edge(0, 0, 5).edge(1, 0, 7).edge(2, 0, 6).build();
        Assignment assignment = new AssignmentSolver().solve(graph);
        assertThat(assignment.mentorOfMentee()).containsExactly(-1, 0, 0);
        assertThat(assignment.totalWeight()).isEqualTo(13);
    }

    /** Exhaustive: every mentee takes one of its edges or none; lexicographic best (matched, weight). */
    private static long[] bruteForce(BipartiteGraph graph) {
        long[] best = {0, 0};
        search(graph, 0, new int[graph.mentors()], 0, 0, best);
        return best;
    }

    private static void search(BipartiteGraph g, int mentee, int[] load, long matched, long weight, long[] best) {
        if (mentee == g.mentees()) {
            if (matched > best[0] || (matched == best[0] && weight > best[1])) {
                best[0] = matched;
                best[1] = weight;
            }
            return;
        }
        search(g, mentee + 1, load, matched, weight, best);
        for (int e = g.edgeStart[mentee]; e < g.edgeStart[mentee + 1]; e++) {
            int j = g.edgeMentor[e];
            if (load[j] < g.capacity[j]) {
                load[j]++;
                search(g, mentee + 1, load, matched + 1, weight + g.edgeWeight[e], best);
                load[j]--;
            }
        }
    }
}
