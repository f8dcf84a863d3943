package org.nearpeer.enrollment.api;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nearpeer.enrollment.application.SchoolAdministration;
import org.nearpeer.http.paging.Page;
import org.nearpeer.http.paging.PageRequest;
import org.nearpeer.http.problem.Problem;
import org.nearpeer.tenancy.CurrentCaller;
import org.nearpeer.tenancy.Roles;

@Path("/api/v1/admin/schools")
@Tag(name = "Administration", description = "Platform operation: schools and their coordinators (role admin)")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class AdminSchoolResource {

    private final SchoolAdministration administration;
    private final CurrentCaller caller;

    public AdminSchoolResource(SchoolAdministration administration, CurrentCaller caller) {
        this.administration = administration;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a school")
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(schema = @Schema(implementation = SchoolResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid input", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The id is taken", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Unknown time zone or repeated year level",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(@NotNull @Valid RegisterSchoolRequest request) {
        var school = administration.register(caller.userId(), new SchoolAdministration.NewSchool(request.id(), request.name(),
                request.campuses(), request.yearLevels(), request.locale(), request.timeZone(), request.suppressionThreshold()));
        return Response.created(URI.create("/api/v1/admin/schools/" + school.id())).entity(SchoolResponse.of(school)).build();
    }

    @GET
    @Operation(summary = "List schools", description = "All schools, by name.")
    @APIResponse(responseCode = "200", description = "One page of schools")
    public Page<SchoolResponse> list(@Valid @BeanParam PageRequest page) {
        return administration.list(page).map(SchoolResponse::of);
    }

    @GET
    @Path("/{schoolId}")
    @Operation(summary = "Get a school")
    @APIResponse(responseCode = "200", description = "The school", content = @Content(schema = @Schema(implementation = SchoolResponse.class)))
    @APIResponse(responseCode = "404", description = "No such school", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SchoolResponse get(@PathParam("schoolId") String schoolId) {
        return SchoolResponse.of(administration.get(schoolId));
    }

    @POST
    @Path("/{schoolId}/coordinator-invitations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Invite a coordinator",
            description = "Accepted at once; a background worker creates the Keycloak account with the coordinator role and the school.")
    @APIResponse(responseCode = "202", description = "Invitation accepted (PENDING)",
            content = @Content(schema = @Schema(implementation = InvitationResponse.class)))
    @APIResponse(responseCode = "404", description = "No such school", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already invited", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response invite(@PathParam("schoolId") String schoolId, @NotNull @Valid InviteCoordinatorRequest request) {
        var invitation = administration.invite(caller.userId(), schoolId,
                new SchoolAdministration.NewInvitation(request.email(), request.firstName(), request.lastName()));
        return Response.accepted(InvitationResponse.of(invitation)).build();
    }

    @GET
    @Path("/{schoolId}/coordinator-invitations")
    @Operation(summary = "List a school's coordinator invitations", description = "Newest first.")
    @APIResponse(responseCode = "200", description = "One page of invitations")
    @APIResponse(responseCode = "404", description = "No such school", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<InvitationResponse> invitations(@PathParam("schoolId") String schoolId, @Valid @BeanParam PageRequest page) {
        return administration.invitations(schoolId, page).map(InvitationResponse::of);
    }
}
