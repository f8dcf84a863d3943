package org.nearpeer.analytics.api;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nearpeer.analytics.application.ProjectionRebuild;
import org.nearpeer.http.problem.Problem;
import org.nearpeer.http.problem.ResourceNotFoundException;
import org.nearpeer.tenancy.Roles;

@Path("/api/v1/admin/rebuild")
@Tag(name = "Operations", description = "Platform operation of the analytics projections")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class RebuildResource {

    private final ProjectionRebuild rebuild;

    public RebuildResource(ProjectionRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @POST
    @Operation(summary = "Rebuild all projections from the topics", description = "Empties every analytics projection and replays the four "
            + "topics from their first retained record. Live consumption continues meanwhile; figures are incomplete until the state is DONE.")
    @APIResponse(responseCode = "202", description = "Started; poll the Location for progress", content = @Content(
            schema = @Schema(implementation = ProjectionRebuild.Progress.class), examples = @ExampleObject(name = "started", value = """
                    {"id":"0d3c1f7a-41b6-4c1c-a0ab-3c4e9a0f2e55","state":"RUNNING","startedAt":"2026-11-25T09:00:00Z","events":0,"total":0,"poison":0}""")))
    @APIResponse(responseCode = "409", description = "A rebuild is already running",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response start() {
        return Response.accepted(rebuild.start()).location(URI.create("/api/v1/admin/rebuild")).build();
    }

    @GET
    @Operation(summary = "Progress of the current or last rebuild")
    @APIResponse(responseCode = "200", description = "Events replayed of the total, rate, state RUNNING, DONE or FAILED",
            content = @Content(schema = @Schema(implementation = ProjectionRebuild.Progress.class)))
    @APIResponse(responseCode = "404", description = "No rebuild since the service started",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ProjectionRebuild.Progress progress() {
        return rebuild.progress().orElseThrow(() -> new ResourceNotFoundException("rebuild", "since start"));
    }
}
