package org.nearpeer.enrollment.api;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nearpeer.enrollment.application.CycleService;
import org.nearpeer.http.paging.Page;
import org.nearpeer.http.paging.PageRequest;
import org.nearpeer.http.problem.Problem;
import org.nearpeer.tenancy.CurrentCaller;
import org.nearpeer.tenancy.Roles;

@Path("/api/v1/cycles")
@Tag(name = "Cycles", description = "A school's mentoring program, one per semester")
@Produces(MediaType.APPLICATION_JSON)
public class CycleResource {

    private final CycleService cycles;
    private final CurrentCaller caller;

    public CycleResource(CycleService cycles, CurrentCaller caller) {
        this.cycles = cycles;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Create a cycle", description = "Creates a draft cycle for one semester of the caller's school.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = CycleResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid input", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "bad semester", value = """
                    {"type":"urn:nearpeer:problem:invalid-input","title":"Invalid input","status":400,
                     "detail":"The request has 1 invalid field(s).","instance":"/api/v1/cycles",
                     "violations":[{"field":"body.semester","message":"must look like 2026-fall"}]}""")))
    @APIResponse(responseCode = "409", description = "The school already has a cycle for this semester",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The application window closes before it opens",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@NotNull @Valid CreateCycleRequest request) {
        var cycle = cycles.create(caller.requireSchool(), caller.userId(), new CycleService.NewCycle(request.semester(),
                request.title(), request.applicationOpensOn(), request.applicationClosesOn()));
        return Response.created(URI.create("/api/v1/cycles/" + cycle.id())).entity(CycleResponse.of(cycle)).build();
    }

    @PUT
    @Path("/{cycleId}/configuration")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Set schedule and rules", description = "Only while the cycle is a draft; the rules default to the program's.")
    @APIResponse(responseCode = "200", description = "The configured cycle", content = @Content(schema = @Schema(implementation = CycleResponse.class)))
    @APIResponse(responseCode = "409", description = "The cycle is no longer a draft",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Dates out of order, or a rule that does not fit the curriculum",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CycleResponse configure(@PathParam("cycleId") UUID cycleId, @NotNull @Valid CycleConfigurationRequest request) {
        return CycleResponse.of(cycles.configure(caller.requireSchool(), cycleId, request.schedule(), request.rules()));
    }

    @POST
    @Path("/{cycleId}/stage")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Move to the next stage", description = "DRAFT → OPEN → MATCHING → RUNNING → EVALUATING → CLOSED, one step at a time.")
    @APIResponse(responseCode = "200", description = "The cycle in its new stage", content = @Content(schema = @Schema(implementation = CycleResponse.class)))
    @APIResponse(responseCode = "409", description = "Not the next stage, or the schedule is incomplete",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CycleResponse advance(@PathParam("cycleId") UUID cycleId, @NotNull @Valid StageChangeRequest request) {
        return CycleResponse.of(cycles.advance(caller.requireSchool(), cycleId, request.stage()));
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.STUDENT})
    @Operation(summary = "List cycles", description = "The caller's school's cycles, latest application window first.")
    @APIResponse(responseCode = "200", description = "One page of cycles")
    public Page<CycleResponse> list(@Valid @BeanParam PageRequest page) {
        return cycles.list(caller.requireSchool(), page).map(CycleResponse::of);
    }

    @GET
    @Path("/{cycleId}")
    @RolesAllowed({Roles.COORDINATOR, Roles.STUDENT})
    @Operation(summary = "Get a cycle")
    @APIResponse(responseCode = "200", description = "The cycle", content = @Content(schema = @Schema(implementation = CycleResponse.class)))
    @APIResponse(responseCode = "404", description = "No such cycle in the caller's school",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CycleResponse get(@PathParam("cycleId") UUID cycleId) {
        return CycleResponse.of(cycles.get(caller.requireSchool(), cycleId));
    }
}
