package org.nearpeer.events.vocabulary;

/** Which side of a pair a student volunteers for. */
public enum ParticipantRole {
    MENTEE, MENTOR
}
