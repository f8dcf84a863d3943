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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nearpeer.enrollment.application.TrainingService;
import org.nearpeer.events.vocabulary.TrainingTrack;
import org.nearpeer.http.paging.Page;
import org.nearpeer.http.paging.PageRequest;
import org.nearpeer.http.problem.Problem;
import org.nearpeer.tenancy.CurrentCaller;
import org.nearpeer.tenancy.Roles;

@Path("/api/v1/cycles/{cycleId}/training-sessions")
@Tag(name = "Pre-education", description = "Two-hour training for mentors and mentees before they meet")
@Produces(MediaType.APPLICATION_JSON)
public class TrainingResource {

    private final TrainingService training;
    private final CurrentCaller caller;

    public TrainingResource(TrainingService training, CurrentCaller caller) {
        this.training = training;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Schedule a training session")
    @APIResponse(responseCode = "201", description = "Scheduled", content = @Content(schema = @Schema(implementation = TrainingSessionResponse.class)))
    @APIResponse(responseCode = "409", description = "The cycle is closed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response schedule(@PathParam("cycleId") UUID cycleId, @NotNull @Valid TrainingSessionRequest request) {
        var view = training.schedule(caller.requireSchool(), cycleId, new TrainingService.NewSession(request.track(), request.startsAt(),
                request.minutes() == null ? 120 : request.minutes(), request.place(), request.capacity()));
        return Response.created(URI.create("/api/v1/cycles/" + cycleId + "/training-sessions/" + view.session().id()))
                .entity(TrainingSessionResponse.of(view)).build();
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.STUDENT})
    @Operation(summary = "List training sessions", description = "Earliest first; filter by track.")
    @APIResponse(responseCode = "200", description = "One page of sessions")
    public Page<TrainingSessionResponse> list(@PathParam("cycleId") UUID cycleId, @QueryParam("track") TrainingTrack track,
            @Valid @BeanParam PageRequest page) {
        return training.list(caller.requireSchool(), cycleId, track, page).map(TrainingSessionResponse::of);
    }

    @POST
    @Path("/{sessionId}/registrations")
    @RolesAllowed(Roles.STUDENT)
    @Operation(summary = "Register for a session", description = "For students who applied in the session's role.")
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(schema = @Schema(implementation = TrainingSessionResponse.class)))
    @APIResponse(responseCode = "409", description = "Full, or already registered", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "No application in the session's role", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(@PathParam("cycleId") UUID cycleId, @PathParam("sessionId") UUID sessionId) {
        var view = training.register(caller.requireSchool(), cycleId, sessionId, caller.userId());
        return Response.status(Response.Status.CREATED).entity(TrainingSessionResponse.of(view)).build();
    }

    @PUT
    @Path("/{sessionId}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Record attendance", description = "Each participant's first recorded attendance completes their pre-education (TrainingCompleted).")
    @APIResponse(responseCode = "200", description = "Recorded", content = @Content(schema = @Schema(implementation = TrainingSessionResponse.class)))
    @APIResponse(responseCode = "422", description = "Someone listed is not registered", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TrainingSessionResponse attendance(@PathParam("cycleId") UUID cycleId, @PathParam("sessionId") UUID sessionId,
            @NotNull @Valid AttendanceRequest request) {
        return TrainingSessionResponse.of(training.recordAttendance(caller.requireSchool(), cycleId, sessionId, request.attended()));
    }
}
