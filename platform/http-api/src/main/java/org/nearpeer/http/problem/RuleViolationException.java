package org.nearpeer.http.problem;

/** 422: well-formed input that breaks a program rule (e.g. a mentor three years above the mentee). */
public class RuleViolationException extends ProblemException {

    public RuleViolationException(String code, String detail) {
        super(code, detail);
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
