package org.nearpeer.http.problem;

/**
 * Base of the domain exceptions a service throws; each maps to one HTTP status and a stable
 * problem code. Domain code stays free of HTTP types: it picks a subclass that says what happened.
 */
public abstract class ProblemException extends RuntimeException {

    private final String code;

    protected ProblemException(String code, String detail) {
        super(detail);
        this.code = code;
    }

    /** Stable, documented, kebab-case identifier, e.g. {@code application-window-closed}. */
    public String code() {
        return code;
    }

    public abstract int status();

    /** Field- or row-level details, when the problem is about several parts of the input. */
    public java.util.List<Problem.Violation> violations() {
        return java.util.List.of();
    }

    public abstract String title();
}
