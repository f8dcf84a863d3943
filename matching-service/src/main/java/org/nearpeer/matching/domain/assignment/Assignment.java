package org.nearpeer.matching.domain.assignment;

/**
 * A solution: each mentee's mentor (or -1), how many mentees are matched and their total weight.
 */
public record Assignment(int[] mentorOfMentee, int matched, long totalWeight) {
}
