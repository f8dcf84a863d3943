package org.nearpeer.matching.api;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
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
import org.nearpeer.http.problem.Problem;
import org.nearpeer.matching.application.CandidatePools;
import org.nearpeer.tenancy.CurrentCaller;
import org.nearpeer.tenancy.Roles;

@Path("/api/v1/cycles/{cycleId}/pool")
@Tag(name = "Candidate pools", description = "Who can be matched in a cycle")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.COORDINATOR)
public class CandidatePoolResource {

    private final CandidatePools pools;
    private final CurrentCaller caller;

    public CandidatePoolResource(CandidatePools pools, CurrentCaller caller) {
        this.pools = pools;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Get a cycle's candidate pool")
    @APIResponse(responseCode = "200", description = "The pool", content = @Content(schema = @Schema(implementation = CandidatePoolResponse.class)))
    @APIResponse(responseCode = "404", description = "No such cycle in the caller's school (yet)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CandidatePoolResponse get(@PathParam("cycleId") UUID cycleId) {
        return CandidatePoolResponse.of(pools.get(caller.requireSchool(), cycleId));
    }
}
