package org.nearpeer.demo.load;

/** The load cannot go on; the message says which call failed and why. */
public class LoadFailure extends RuntimeException {

    public LoadFailure(String message) {
        super(message);
    }
}
