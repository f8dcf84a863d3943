package org.nearpeer.backbone.inbox;

/**
 * Thrown by a handler when an event arrived before something it depends on (e.g. a survey
 * response for a participant not yet known). The consumer parks the event instead of dropping
 * or dead-lettering it, and applies it once a later event with the same key has been applied.
 */
public class PrerequisiteMissingException extends RuntimeException {

    public PrerequisiteMissingException(String message) {
        super(message);
    }
}
