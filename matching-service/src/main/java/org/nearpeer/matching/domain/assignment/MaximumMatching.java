package org.nearpeer.matching.domain.assignment;

import java.util.Arrays;

/**
 * Hopcroft–Karp with mentor capacities: how many mentees can be matched at once, ignoring
 * weights. Phases of breadth-first layers from the free mentees, then vertex-disjoint shortest
 * augmenting paths by depth-first search (iterative: paths can be as long as the instance).
 */
final class MaximumMatching {

    private static final int UNREACHED = Integer.MAX_VALUE;

    private final BipartiteGraph g;
    private final int[] mentorOf;
    private final int[] load;
    private final int[] placeStart;
    private final int[] places;
    private final int[] layer;
    private final int[] queue;
    /** Per mentee on the search stack: the edge it tries and the next place of that edge's mentor to try. */
    private final int[] edgeCursor;
    private final int[] placeCursor;
    private final int[] stack;

    private MaximumMatching(BipartiteGraph graph) {
        g = graph;
        int n = graph.mentees;
        mentorOf = new int[n];
        Arrays.fill(mentorOf, -1);
        load = new int[graph.mentors];
        placeStart = new int[graph.mentors + 1];
        for (int j = 0; j < graph.mentors; j++) {
            placeStart[j + 1] = placeStart[j] + graph.capacity[j];
        }
        places = new int[placeStart[graph.mentors]];
        layer = new int[n];
        queue = new int[n];
        edgeCursor = new int[n];
        placeCursor = new int[n];
        stack = new int[n];
    }

    static int size(BipartiteGraph graph) {
        return new MaximumMatching(graph).run();
    }

    private int run() {
        int matched = 0;
        // Greedy first: most mentees find a free place directly, leaving few for the phases.
        for (int i = 0; i < g.mentees; i++) {
            for (int e = g.edgeStart[i]; e < g.edgeStart[i + 1]; e++) {
                int j = g.edgeMentor[e];
                if (load[j] < g.capacity[j]) {
                    places[placeStart[j] + load[j]++] = i;
                    mentorOf[i] = j;
                    matched++;
                    break;
                }
            }
        }
        while (layers()) {
            for (int i = 0; i < g.mentees; i++) {
                edgeCursor[i] = g.edgeStart[i];
                placeCursor[i] = 0;
            }
            for (int i = 0; i < g.mentees; i++) {
                if (mentorOf[i] < 0 && layer[i] == 0 && augment(i)) {
                    matched++;
                }
            }
        }
        return matched;
    }

    /** Layers mentees by alternating distance from the free ones; true when a mentor with a free place is reachable. */
    private boolean layers() {
        int size = 0;
        for (int i = 0; i < g.mentees; i++) {
            layer[i] = mentorOf[i] < 0 && g.edgeStart[i + 1] > g.edgeStart[i] ? 0 : UNREACHED;
            if (layer[i] == 0) {
                queue[size++] = i;
            }
        }
        boolean found = false;
        int freeLayer = UNREACHED;
        for (int q = 0; q < size; q++) {
            int u = queue[q];
            if (layer[u] >= freeLayer) {
                break; // deeper layers cannot hold a shortest augmenting path
            }
            for (int e = g.edgeStart[u]; e < g.edgeStart[u + 1]; e++) {
                int j = g.edgeMentor[e];
                if (load[j] < g.capacity[j]) {
                    found = true;
                    freeLayer = layer[u] + 1;
                    continue;
                }
                for (int s = placeStart[j]; s < placeStart[j] + load[j]; s++) {
                    int k = places[s];
                    if (layer[k] == UNREACHED) {
                        layer[k] = layer[u] + 1;
                        queue[size++] = k;
                    }
                }
            }
        }
        return found;
    }

    /** One augmenting path from free mentee {@code root} along the layers, applied if found. */
    private boolean augment(int root) {
        int depth = 0;
        stack[depth++] = root;
        while (depth > 0) {
            int u = stack[depth - 1];
            int next = -1;
            while (next < 0 && edgeCursor[u] < g.edgeStart[u + 1]) {
                int j = g.edgeMentor[edgeCursor[u]];
                if (load[j] < g.capacity[j]) {
                    apply(depth);
                    return true;
                }
                while (placeCursor[u] < load[j]) {
                    int k = places[placeStart[j] + placeCursor[u]++];
                    if (layer[k] == layer[u] + 1) {
                        next = k;
                        break;
                    }
                }
                if (next < 0) {
                    edgeCursor[u]++;
                    placeCursor[u] = 0;
                }
            }
            if (next >= 0) {
                stack[depth++] = next;
            } else {
                layer[u] = UNREACHED; // a dead end for the rest of this phase
                depth--;
            }
        }
        return false;
    }

    /** The stack holds the path's mentees; each takes the mentor of its current edge, the last one a free place. */
    private void apply(int depth) {
        for (int level = depth - 1; level >= 0; level--) {
            int u = stack[level];
            int j = g.edgeMentor[edgeCursor[u]];
            if (level == depth - 1) {
                places[placeStart[j] + load[j]++] = u;
            } else {
                int displaced = stack[level + 1];
                for (int s = placeStart[j]; s < placeStart[j] + load[j]; s++) {
                    if (places[s] == displaced) {
                        places[s] = u;
                        break;
                    }
                }
            }
            mentorOf[u] = j;
        }
        for (int level = 0; level < depth; level++) {
            layer[stack[level]] = UNREACHED; // vertex-disjoint paths within a phase
        }
    }
}
