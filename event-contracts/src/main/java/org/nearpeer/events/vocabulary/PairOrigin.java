package org.nearpeer.events.vocabulary;

/** How a pair came about. */
public enum PairOrigin {
    /** Both students named each other. */
    SELF_CHOSEN,
    /** Proposed by the matching run and approved by a coordinator. */
    MATCHED,
    /** Set by a coordinator by hand. */
    MANUAL
}
