package org.nearpeer.http.problem;

/** 403: the caller is known but may not do this (e.g. a token without a school for a school-scoped role). */
public class AccessDeniedException extends ProblemException {

    public AccessDeniedException(String code, String detail) {
        super(code, detail);
    }

    @Override
    public int status() {
        return 403;
    }

    @Override
    public String title() {
        return "Access denied";
    }
}
