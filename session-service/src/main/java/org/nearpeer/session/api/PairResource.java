package org.nearpeer.session.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nearpeer.http.paging.Page;
import org.nearpeer.http.paging.PageRequest;
import org.nearpeer.session.application.PairQueries;
import org.nearpeer.tenancy.CurrentCaller;
import org.nearpeer.tenancy.Roles;

@Path("/api/v1/pairs")
@Tag(name = "Pairs", description = "Confirmed mentoring pairs")
@Produces(MediaType.APPLICATION_JSON)
public class PairResource {

    private final PairQueries pairs;
    private final CurrentCaller caller;

    public PairResource(PairQueries pairs, CurrentCaller caller) {
        this.pairs = pairs;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.STUDENT})
    @Operation(summary = "List pairs", description = "Coordinators see their school's pairs; students only the pairs they belong to.")
    @APIResponse(responseCode = "200", description = "One page of pairs, newest first")
    public Page<PairResponse> list(@Valid @BeanParam PageRequest page) {
        String school = caller.requireSchool();
        Page<org.nearpeer.session.domain.MentoringPair> result = caller.hasRole(Roles.COORDINATOR)
                ? pairs.ofSchool(school, page)
                : pairs.ofParticipant(school, caller.userId(), page);
        return result.map(PairResponse::of);
    }
}
