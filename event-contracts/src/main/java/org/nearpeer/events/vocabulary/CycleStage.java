package org.nearpeer.events.vocabulary;

/** The stages of a program cycle, in order; a cycle only moves forward, one stage at a time. */
public enum CycleStage {
    DRAFT, OPEN, MATCHING, RUNNING, EVALUATING, CLOSED;

    public boolean isFollowedBy(CycleStage next) {
        return next.ordinal() == ordinal() + 1;
    }
}
