package org.nearpeer.enrollment.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nearpeer.enrollment.application.SchoolAdministration;
import org.nearpeer.http.problem.Problem;
import org.nearpeer.tenancy.CurrentCaller;
import org.nearpeer.tenancy.Roles;

@Path("/api/v1/school")
@Tag(name = "My school", description = "The caller's own school")
@Produces(MediaType.APPLICATION_JSON)
public class SchoolResource {

    private final SchoolAdministration schools;
    private final CurrentCaller caller;

    public SchoolResource(SchoolAdministration schools, CurrentCaller caller) {
        this.schools = schools;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.STUDENT})
    @Operation(summary = "Get my school", description = "Campuses, year levels and settings of the school in the caller's token.")
    @APIResponse(responseCode = "200", description = "The school", content = @Content(schema = @Schema(implementation = SchoolResponse.class)))
    @APIResponse(responseCode = "404", description = "The school is not registered yet",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SchoolResponse mine() {
        return SchoolResponse.of(schools.own(caller.requireSchool()));
    }
}
