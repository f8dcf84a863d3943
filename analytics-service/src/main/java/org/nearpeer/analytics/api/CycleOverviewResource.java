package org.nearpeer.analytics.api;

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
import org.nearpeer.analytics.application.CycleOverviewQueries;
import org.nearpeer.http.paging.Page;
import org.nearpeer.http.paging.PageRequest;
import org.nearpeer.http.problem.Problem;
import org.nearpeer.tenancy.CurrentCaller;
import org.nearpeer.tenancy.Roles;

@Path("/api/v1/cycles")
@Tag(name = "Cycles", description = "Program cycles as analytics sees them, built from enrollment events")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.COORDINATOR)
public class CycleOverviewResource {

    private final CycleOverviewQueries queries;
    private final CurrentCaller caller;

    public CycleOverviewResource(CycleOverviewQueries queries, CurrentCaller caller) {
        this.queries = queries;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "List cycles", description = "The caller's school's cycles known to analytics, latest first.")
    @APIResponse(responseCode = "200", description = "One page of cycle overviews")
    public Page<CycleOverviewResponse> list(@Valid @BeanParam PageRequest page) {
        return queries.list(caller.requireSchool(), page).map(CycleOverviewResponse::of);
    }

    @GET
    @Path("/{cycleId}")
    @Operation(summary = "Get a cycle overview")
    @APIResponse(responseCode = "200", description = "The overview",
            content = @Content(schema = @Schema(implementation = CycleOverviewResponse.class)))
    @APIResponse(responseCode = "404", description = "Not known for the caller's school (yet)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CycleOverviewResponse get(@PathParam("cycleId") UUID cycleId) {
        return CycleOverviewResponse.of(queries.get(caller.requireSchool(), cycleId));
    }
}
