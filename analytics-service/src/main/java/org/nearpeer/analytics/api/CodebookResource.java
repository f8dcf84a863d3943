package org.nearpeer.analytics.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.nearpeer.analytics.application.Codebooks;
import org.nearpeer.http.problem.Problem;
import org.nearpeer.tenancy.CurrentCaller;
import org.nearpeer.tenancy.Roles;

@Path("/api/v1/codebook")
@Tag(name = "Qualitative coding", description = "Open answers coded into themes: codebook, queue, agreement, results")
@Produces(MediaType.APPLICATION_JSON)
public class CodebookResource {

    private final Codebooks codebooks;
    private final CurrentCaller caller;

    public CodebookResource(Codebooks codebooks, CurrentCaller caller) {
        this.codebooks = codebooks;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.CODER})
    @Operation(summary = "The school's codebook", description = "Themes, categories and codes (keys theme/category/code) with the version "
            + "each was added or retired in, and the change history. Seeded on first use from the default framework.")
    @APIResponse(responseCode = "200", description = "The codebook")
    public Codebooks.CodebookView get() {
        return codebooks.current(caller.requireSchool());
    }

    @POST
    @Path("/codes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Add a theme, category or code", description = "Makes a new codebook version.")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(schema = @Schema(implementation = Codebooks.CodeView.class)))
    @APIResponse(responseCode = "409", description = "The key exists (keys are never reused)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Its parent is missing or retired",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response add(@Valid @NotNull CodingRequests.NewCode request) {
        return Response.status(201).entity(codebooks.add(caller.requireSchool(), request.key(), request.label(), request.description(),
                request.alert())).build();
    }

    @DELETE
    // A key is hierarchical (suggestions/format/spontaneity): one path parameter whose slashes a
    // client percent-encodes (%2F), as the OpenAPI document describes it; raw slashes work too.
    @Path("/codes/{key: [a-z0-9/%A-F-]+}")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Retire a code (and what is under it)", description = "Makes a new codebook version; coded answers keep the code. "
            + "The key's slashes are percent-encoded: /api/v1/codebook/codes/suggestions%2Fformat%2Fspontaneity.")
    @APIResponse(responseCode = "204", description = "Retired")
    @APIResponse(responseCode = "404", description = "No such code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already retired",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void retire(@PathParam("key") String key) {
        codebooks.retire(caller.requireSchool(), key);
    }

    @GET
    @Path("/export.qdc")
    @Produces("application/xml")
    @RolesAllowed({Roles.COORDINATOR, Roles.CODER})
    @Operation(summary = "The codebook as REFI-QDA (.qdc)", description = "The active codebook in the REFI-QDA codebook exchange format "
            + "(urn:QDA-XML:codebook:1.0) for NVivo, MAXQDA, QualCoder or ATLAS.ti.")
    @APIResponse(responseCode = "200", description = "The .qdc document")
    public Response export() {
        return Response.ok(codebooks.exportQdc(caller.requireSchool()), "application/xml")
                .header("Content-Disposition", "attachment; filename=\"nearpeer-codebook.qdc\"").build();
    }
}
