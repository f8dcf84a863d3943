package org.nearpeer.events.vocabulary;

/** Who answers a survey item. */
public enum Audience {
    MENTEE, MENTOR, BOTH;

    public boolean includes(ParticipantRole role) {
        return this == BOTH || name().equals(role.name());
    }
}
