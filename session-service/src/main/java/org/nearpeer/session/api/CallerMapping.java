package org.nearpeer.session.api;

import jakarta.enterprise.context.RequestScoped;

import org.nearpeer.session.application.PairAccess;
import org.nearpeer.tenancy.CurrentCaller;
import org.nearpeer.tenancy.Roles;

/** The token's caller as the application layer sees it. */
@RequestScoped
class CallerMapping {

    private final CurrentCaller caller;

    CallerMapping(CurrentCaller caller) {
        this.caller = caller;
    }

    PairAccess.Caller current() {
        return new PairAccess.Caller(caller.requireSchool(), caller.userId(), caller.hasRole(Roles.COORDINATOR));
    }
}
