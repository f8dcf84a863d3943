package org.nearpeer.http.problem;

/** 409: the request clashes with the current state (a duplicate, a closed window, a wrong stage). */
public class ConflictException extends ProblemException {

    public ConflictException(String code, String detail) {
        super(code, detail);
    }

    @Override
    public int status() {
        return 409;
    }

    @Override
    public String title() {
        return "Conflict with the current state";
    }
}
