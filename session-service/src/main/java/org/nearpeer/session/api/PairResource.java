package org.nearpeer.session.api;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nearpeer.http.paging.Page;
import org.nearpeer.http.paging.PageRequest;
import org.nearpeer.http.problem.Problem;
import org.nearpeer.session.application.PairAccess;
import org.nearpeer.session.application.PairQueries;
import org.nearpeer.tenancy.Roles;

@Path("/api/v1/pairs")
@Tag(name = "Pairs", description = "Confirmed mentoring pairs")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COORDINATOR, Roles.STUDENT})
public class PairResource {

    private final PairQueries pairs;
    private final PairAccess access;
    private final CallerMapping caller;

    public PairResource(PairQueries pairs, PairAccess access, CallerMapping caller) {
        this.pairs = pairs;
        this.access = access;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "List pairs", description = "Coordinators see their school's pairs; students only the pairs they belong to.")
    @APIResponse(responseCode = "200", description = "One page of pairs, newest first")
    public Page<PairResponse> list(@Valid @BeanParam PageRequest page) {
        PairAccess.Caller current = caller.current();
        var result = current.coordinator() ? pairs.ofSchool(current.schoolId(), page) : pairs.ofParticipant(current.schoolId(), current.userId(), page);
        return result.map(PairResponse::of);
    }

    @GET
    @Path("/{pairId}")
    @Operation(summary = "Get a pair")
    @APIResponse(responseCode = "200", description = "The pair", content = @Content(schema = @Schema(implementation = PairResponse.class)))
    @APIResponse(responseCode = "404", description = "Not found (or not yours)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PairResponse get(@PathParam("pairId") UUID pairId) {
        return PairResponse.of(pairs.get(access, caller.current(), pairId));
    }
}
