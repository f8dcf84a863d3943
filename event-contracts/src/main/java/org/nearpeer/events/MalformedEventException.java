package org.nearpeer.events;

/** A record that can never be processed as it is: consumers dead-letter it instead of retrying. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message) {
        super(message);
    }

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
