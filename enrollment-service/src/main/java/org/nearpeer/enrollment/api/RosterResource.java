package org.nearpeer.enrollment.api;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nearpeer.enrollment.application.RosterService;
import org.nearpeer.http.paging.Page;
import org.nearpeer.http.paging.PageRequest;
import org.nearpeer.http.problem.Problem;
import org.nearpeer.tenancy.CurrentCaller;
import org.nearpeer.tenancy.Roles;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

@Path("/api/v1/cycles/{cycleId}/roster")
@Tag(name = "Roster", description = "Eligible students uploaded by campus systems; with a roster, only its students may apply")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.COORDINATOR)
public class RosterResource {

    private static final String KEY_DESCRIPTION = "Any unique string per upload (e.g. a UUID); retries with the same key and body return the first answer";

    private final RosterService roster;
    private final CurrentCaller caller;
    private final ObjectMapper json;

    public RosterResource(RosterService roster, CurrentCaller caller, ObjectMapper json) {
        this.roster = roster;
        this.caller = caller;
        this.json = json;
    }

    @Schema(name = "RosterUpload")
    public record RosterUpload(@NotNull @Size(max = RosterService.MAX_ROWS) List<RosterService.@NotNull Row> students) {
    }

    @POST
    @Consumes("text/csv")
    @Operation(summary = "Upload a roster (CSV)", description = "Header row email,yearLevel,campus. All rows are checked first: "
            + "one bad row rejects the file and nothing is applied.")
    @APIResponse(responseCode = "200", description = "Imported (or the replayed answer of an earlier upload with this key)",
            content = @Content(schema = @Schema(implementation = RosterService.UploadResult.class)))
    @APIResponse(responseCode = "409", description = "The Idempotency-Key was used for another upload",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Row-level error report", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "bad rows", value = """
                    {"type":"urn:nearpeer:problem:roster-rejected","title":"Program rule violated","status":422,
                     "detail":"2 problem(s) in the roster; nothing was imported.",
                     "violations":[{"field":"row 3.email","message":"must be an e-mail address"},
                                   {"field":"row 7.yearLevel","message":"must be one of [PY1, PY2, Y1, Y2, Y3, Y4]"}]}""")))
    public RosterService.UploadResult uploadCsv(@PathParam("cycleId") UUID cycleId,
            @HeaderParam("Idempotency-Key") @NotBlank @Size(max = 100) @Parameter(description = KEY_DESCRIPTION) String idempotencyKey,
            @NotNull @Size(max = 5_000_000) String csv) {
        return roster.upload(caller.requireSchool(), cycleId, idempotencyKey, "text/csv", csv, RosterService.parseCsv(csv));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload a roster (JSON)", description = "All rows are checked first: one bad row rejects the upload and nothing is applied.")
    @APIResponse(responseCode = "200", description = "Imported (or the replayed answer of an earlier upload with this key)",
            content = @Content(schema = @Schema(implementation = RosterService.UploadResult.class)))
    @APIResponse(responseCode = "409", description = "The Idempotency-Key was used for another upload",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Row-level error report", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public RosterService.UploadResult uploadJson(@PathParam("cycleId") UUID cycleId,
            @HeaderParam("Idempotency-Key") @NotBlank @Size(max = 100) @Parameter(description = KEY_DESCRIPTION) String idempotencyKey,
            @NotNull @Valid RosterUpload upload) throws JsonProcessingException {
        return roster.upload(caller.requireSchool(), cycleId, idempotencyKey, MediaType.APPLICATION_JSON,
                json.writeValueAsString(upload.students()), upload.students());
    }

    @GET
    @Operation(summary = "List the roster", description = "By e-mail address.")
    @APIResponse(responseCode = "200", description = "One page of roster entries")
    public Page<RosterService.Row> list(@PathParam("cycleId") UUID cycleId, @Valid @BeanParam PageRequest page) {
        return roster.list(caller.requireSchool(), cycleId, page).map(e -> new RosterService.Row(e.email(), e.yearLevel(), e.campus()));
    }
}
