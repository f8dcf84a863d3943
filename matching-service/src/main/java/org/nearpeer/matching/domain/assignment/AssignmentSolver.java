package org.nearpeer.matching.domain.assignment;

import java.util.Arrays;

/**
 * Optimal mentee–mentor assignment: first as many matched mentees as possible, then the highest
 * total weight, with mentor capacities handled natively (no cloned mentors).
 *
 * <p>It is a min-cost max-flow by successive shortest paths: a pair costs {@code W - weight}
 * ({@code W} the largest weight), so among maximum-cardinality assignments the cheapest is the
 * heaviest. Each augmentation runs Dijkstra on reduced costs (node potentials keep them
 * non-negative) from all free mentees at once — they join the search lazily, nearest first — and
 * stops at the first mentor with a free place; only settled nodes' potentials change.
 * Ties are broken by node index, so the same input always gives the same assignment.
 */
public final class AssignmentSolver {

    private static final long INFINITY = Long.MAX_VALUE / 4;

    public Assignment solve(BipartiteGraph graph) {
        return new Run(graph).solve();
    }

    private static final class Run {
        private final BipartiteGraph g;
        private final int n;
        private final int m;
        private final int sink;
        private final long maxWeight;
        /** Node potentials: mentees 0..n-1, mentors n..n+m-1, sink n+m. */
        private final long[] potential;
        private final long[] dist;
        private final int[] parent;
        private final int[] parentCost;
        private final int[] settledList;
        /** Free mentees keyed by -potential: their distance from the source is sourcePotential - potential. */
        private final IndexedHeap free;
        private long sourcePotential;
        private final int[] mentorOf;
        private final int[] matchedCost;
        private final int[] load;
        private final int[] slotStart;
        private final int[] slots;
        private final IndexedHeap heap;

        Run(BipartiteGraph graph) {
            g = graph;
            n = graph.mentees;
            m = graph.mentors;
            sink = n + m;
            long max = 0;
            for (int w : graph.edgeWeight) {
                max = Math.max(max, w);
            }
            maxWeight = max;
            potential = new long[n + m + 1];
            dist = new long[n + m + 1];
            Arrays.fill(dist, INFINITY);
            parent = new int[n + m + 1];
            parentCost = new int[n + m + 1];
            settledList = new int[n + m + 1];
            mentorOf = new int[n];
            Arrays.fill(mentorOf, -1);
            matchedCost = new int[n];
            load = new int[m];
            slotStart = new int[m + 1];
            for (int j = 0; j < m; j++) {
                slotStart[j + 1] = slotStart[j] + graph.capacity[j];
            }
            slots = new int[slotStart[m]];
            heap = new IndexedHeap(n + m + 1, sink);
            free = new IndexedHeap(n);
            // Row reduction: each mentee starts at the potential of its cheapest pair, so its best
            // pair has reduced cost 0 and it joins the search at that distance (all reduced costs
            // stay non-negative, the source's edges included). Early augmentations then settle a
            // mentee, its best mentor and the sink, instead of every free mentee at distance 0.
            for (int i = 0; i < n; i++) {
                if (graph.edgeStart[i + 1] > graph.edgeStart[i]) {
                    long cheapest = INFINITY;
                    for (int e = graph.edgeStart[i]; e < graph.edgeStart[i + 1]; e++) {
                        cheapest = Math.min(cheapest, maxWeight - graph.edgeWeight[e]);
                    }
                    potential[i] = -cheapest;
                    free.pushOrDecrease(i, cheapest);
                }
            }
        }

        Assignment solve() {
            int matched = 0;
            while (augment()) {
                matched++;
            }
            long total = 0;
            for (int i = 0; i < n; i++) {
                if (mentorOf[i] >= 0) {
                    total += maxWeight - matchedCost[i];
                }
            }
            return new Assignment(mentorOf.clone(), matched, total);
        }

        private long cost(int edge) {
            return maxWeight - g.edgeWeight[edge];
        }

        /**
         * One shortest augmenting path from any free mentee to any mentor with a free place.
         * Free mentees wait in their own heap keyed by distance from the source, and enter the
         * search only when they are the nearest node, so an augmentation costs what it touches.
         */
        private boolean augment() {
            int settled = 0;
            long sinkDistance = INFINITY;
            while (true) {
                // At equal distance the search finishes what it started before taking in another free mentee.
                boolean fromFree = !free.isEmpty() && (heap.isEmpty() || sourcePotential + free.topKey() < dist[heap.top()]);
                if (!fromFree && heap.isEmpty()) {
                    break;
                }
                int u;
                if (fromFree) {
                    u = free.top();
                    long d = sourcePotential + free.topKey();
                    free.pop();
                    dist[u] = d;
                    parent[u] = -1;
                } else {
                    u = heap.pop();
                }
                long d = dist[u];
                settledList[settled++] = u;
                if (u == sink) {
                    sinkDistance = d;
                    break;
                }
                if (u < n) {
                    long pu = potential[u];
                    for (int e = g.edgeStart[u]; e < g.edgeStart[u + 1]; e++) {
                        int j = g.edgeMentor[e];
                        if (mentorOf[u] == j) {
                            continue; // the matched edge is used up in this direction
                        }
                        int node = n + j;
                        long reduced = cost(e) + pu - potential[node];
                        relax(node, d + reduced, u, (int) cost(e));
                    }
                } else {
                    int j = u - n;
                    long pu = potential[u];
                    if (load[j] < g.capacity[j]) {
                        relax(sink, d + pu - potential[sink], u, 0);
                    }
                    for (int s = slotStart[j]; s < slotStart[j] + load[j]; s++) {
                        int k = slots[s];
                        long reduced = -matchedCost[k] + pu - potential[k];
                        relax(k, d + reduced, u, 0);
                    }
                }
            }
            if (sinkDistance == INFINITY) {
                return false; // no mentee can be added: the cardinality is maximal
            }
            // Settled nodes move by (distance - sink distance); all others, the source included in
            // this frame, keep reduced costs non-negative by this shift (a constant shift is free).
            for (int k = 0; k < settled; k++) {
                int v = settledList[k];
                potential[v] += dist[v] - sinkDistance;
            }
            sourcePotential -= sinkDistance;
            applyPath();
            for (int k = 0; k < settled; k++) {
                int v = settledList[k];
                if (v < n && mentorOf[v] < 0) {
                    free.pushOrDecrease(v, -potential[v]); // back in line with its new key
                }
                dist[v] = INFINITY;
            }
            heap.drain(dist, INFINITY);
            return true;
        }

        private void applyPath() {
            int j = parent[sink] - n;
            while (true) {
                int i = parent[n + j];
                int cost = parentCost[n + j];
                int previous = mentorOf[i];
                slots[slotStart[j] + load[j]++] = i;
                mentorOf[i] = j;
                matchedCost[i] = cost;
                if (previous < 0) {
                    return;
                }
                removeFromMentor(previous, i);
                j = previous;
            }
        }

        private void removeFromMentor(int mentor, int mentee) {
            int from = slotStart[mentor];
            int last = from + load[mentor] - 1;
            for (int s = from; s <= last; s++) {
                if (slots[s] == mentee) {
                    slots[s] = slots[last];
                    load[mentor]--;
                    return;
                }
            }
            throw new IllegalStateException("mentee " + mentee + " not assigned to mentor " + mentor);
        }

        private void relax(int node, long candidate, int from, int edgeCost) {
            if (candidate < dist[node]) {
                dist[node] = candidate;
                parent[node] = from;
                parentCost[node] = edgeCost;
                heap.pushOrDecrease(node, candidate);
            }
        }

    }

    /** Binary min-heap of node ids keyed by distance, ties by node id (determinism), with decrease-key. */
    private static final class IndexedHeap {
        private final int[] heap;
        private final int[] position;
        private final long[] key;
        private int size;
        private final int preferred;

        IndexedHeap(int capacity) {
            this(capacity, -1);
        }

        IndexedHeap(int capacity, int preferred) {
            this.preferred = preferred;
            heap = new int[capacity];
            position = new int[capacity];
            Arrays.fill(position, -1);
            key = new long[capacity];
        }

        boolean isEmpty() {
            return size == 0;
        }

        int top() {
            return heap[0];
        }

        long topKey() {
            return key[heap[0]];
        }

        /** Empties the heap, resetting the distance of every node still in it. */
        void drain(long[] dist, long infinity) {
            for (int k = 0; k < size; k++) {
                dist[heap[k]] = infinity;
                position[heap[k]] = -1;
            }
            size = 0;
        }

        void pushOrDecrease(int node, long value) {
            key[node] = value;
            if (position[node] < 0) {
                heap[size] = node;
                position[node] = size;
                size++;
            }
            up(position[node]);
        }

        int pop() {
            int top = heap[0];
            position[top] = -1;
            size--;
            if (size > 0) {
                heap[0] = heap[size];
                position[heap[0]] = 0;
                down(0);
            }
            return top;
        }

        /** By distance; at equal distance the sink first (a free place ends the search), then by node id. */
        private boolean less(int a, int b) {
            if (key[a] != key[b]) {
                return key[a] < key[b];
            }
            if (a == preferred || b == preferred) {
                return a == preferred;
            }
            return a < b;
        }

        private void up(int index) {
            int node = heap[index];
            while (index > 0) {
                int parentIndex = (index - 1) >>> 1;
                int parentNode = heap[parentIndex];
                if (!less(node, parentNode)) {
                    break;
                }
                heap[index] = parentNode;
                position[parentNode] = index;
                index = parentIndex;
            }
            heap[index] = node;
            position[node] = index;
        }

        private void down(int index) {
            int node = heap[index];
            while (true) {
                int child = 2 * index + 1;
                if (child >= size) {
                    break;
                }
                if (child + 1 < size && less(heap[child + 1], heap[child])) {
                    child++;
                }
                if (!less(heap[child], node)) {
                    break;
                }
                heap[index] = heap[child];
                position[heap[index]] = index;
                index = child;
            }
            heap[index] = node;
            position[node] = index;
        }
    }
}
