package org.nearpeer.events.vocabulary;

/**
 * The structured part of a student's self-description, which matching may use for
 * complementarity; the free text stays in enrollment.
 */
public record StudyProfile(StudyRhythm rhythm, StudyApproach approach) {
}
