package org.nearpeer.http.problem;

/** 422: well-formed input that breaks a program rule (e.g. a mentor three years above the mentee). */
public class RuleViolationException extends ProblemException {

    private final java.util.List<Problem.Violation> violations;

    public RuleViolationException(String code, String detail) {
        this(code, detail, java.util.List.of());
    }

    public RuleViolationException(String code, String detail, java.util.List<Problem.Violation> violations) {
        super(code, detail);
        this.violations = java.util.List.copyOf(violations);
    }

    @Override
    public java.util.List<Problem.Violation> violations() {
        return violations;
    }

    @Override
    public int status() {
        return 422;
    }

    @Override
    public String title() {
        return "Program rule violated";
    }
}
