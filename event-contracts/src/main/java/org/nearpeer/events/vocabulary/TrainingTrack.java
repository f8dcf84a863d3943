package org.nearpeer.events.vocabulary;

/** Pre-education has a track per role (participants asked for mentee training too). */
public enum TrainingTrack {
    MENTEE, MENTOR
}
