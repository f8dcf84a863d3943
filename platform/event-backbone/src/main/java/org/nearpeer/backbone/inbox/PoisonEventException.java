package org.nearpeer.backbone.inbox;

/**
 * A record that can never be applied as it is (undeserializable, invalid, or for a school the
 * consumer cannot place). Thrown out of a consumer method, it sends the record to the
 * dead-letter topic with this message as the reason; it is never retried.
 */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String message) {
        super(message);
    }

    public PoisonEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
