package org.nearpeer.analytics.api;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nearpeer.analytics.application.CodingResults;
import org.nearpeer.analytics.application.CodingWorkflow;
import org.nearpeer.analytics.domain.coding.AnswerStatus;
import org.nearpeer.http.paging.Page;
import org.nearpeer.http.paging.PageRequest;
import org.nearpeer.http.problem.Problem;
import org.nearpeer.tenancy.CurrentCaller;
import org.nearpeer.tenancy.Roles;

@Path("/api/v1/coding")
@Tag(name = "Qualitative coding", description = "Open answers coded into themes: codebook, queue, agreement, results")
@Produces(MediaType.APPLICATION_JSON)
public class CodingResource {

    private final CodingWorkflow workflow;
    private final CodingResults results;
    private final CurrentCaller caller;

    public CodingResource(CodingWorkflow workflow, CodingResults results, CurrentCaller caller) {
        this.workflow = workflow;
        this.results = results;
        this.caller = caller;
    }

    @POST
    @Path("/claims")
    @RolesAllowed({Roles.CODER, Roles.COORDINATOR})
    @Operation(summary = "Claim the next answer to code", description = "Returns the caller's open claim if they have one, else claims the "
            + "oldest answer that still needs a coder and that nobody else holds (an answer set for double coding goes to two different "
            + "coders). A claim holds for the school's claim time.")
    @APIResponse(responseCode = "200", description = "The claimed answer", content = @Content(schema = @Schema(implementation = CodingWorkflow.Claim.class)))
    @APIResponse(responseCode = "204", description = "Nothing left to code")
    public Response claim(@Parameter(description = "Only answers of this cycle") @QueryParam("cycleId") UUID cycleId) {
        return workflow.claimNext(caller.requireSchool(), caller.userId(), cycleId).map(c -> Response.ok(c).build())
                .orElseGet(() -> Response.noContent().build());
    }

    @PUT
    @Path("/claims/{codingId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CODER, Roles.COORDINATOR})
    @Operation(summary = "Submit codes for a claimed answer", description = "With a memo and optionally a flag (raises a coordinator alert, "
            + "as does any code marked as an alert). The answer is coded once enough coders submitted; two coders who disagree send it to "
            + "adjudication.")
    @APIResponse(responseCode = "200", description = "The answer after submission",
            content = @Content(schema = @Schema(implementation = CodingWorkflow.AnswerView.class)))
    @APIResponse(responseCode = "404", description = "No such claim of the caller",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already submitted, or the answer was erased",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A code that is not an active code of the codebook",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CodingWorkflow.AnswerView submit(@PathParam("codingId") UUID codingId, @Valid @NotNull CodingRequests.SubmitCoding request) {
        return workflow.submit(caller.requireSchool(), caller.userId(), codingId, request.codes(), request.memo(), request.flag());
    }

    @GET
    @Path("/answers")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "The coding queue", description = "Open answers with their text, status, codes and each coder's work, oldest first. "
            + "Filter by cycle, status (QUEUED, ADJUDICATION, CODED), item, or flagged only.")
    @APIResponse(responseCode = "200", description = "One page of answers")
    public Page<CodingWorkflow.AnswerView> answers(@QueryParam("cycleId") UUID cycleId, @QueryParam("status") AnswerStatus status,
            @QueryParam("itemId") @Pattern(regexp = "[a-z0-9_]{1,63}") String itemId,
            @Parameter(description = "true: only answers flagged for the coordinators", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.BOOLEAN))
            @QueryParam("flagged") @DefaultValue("false") @Pattern(regexp = "true|false", message = "must be true or false") String flagged,
            @Valid @BeanParam PageRequest page) {
        caller.requireSchool();
        return workflow.answers(cycleId, status, itemId, Boolean.parseBoolean(flagged), page);
    }

    @GET
    @Path("/answers/{answerId}")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "One answer with its coding")
    @APIResponse(responseCode = "200", description = "The answer", content = @Content(schema = @Schema(implementation = CodingWorkflow.AnswerView.class)))
    @APIResponse(responseCode = "404", description = "Not an answer of the caller's school",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CodingWorkflow.AnswerView answer(@PathParam("answerId") UUID answerId) {
        caller.requireSchool();
        return workflow.answer(answerId);
    }

    @PUT
    @Path("/answers/{answerId}/adjudication")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Adjudicate a disagreement", description = "Sets the final codes of an answer whose two coders disagreed.")
    @APIResponse(responseCode = "200", description = "The coded answer", content = @Content(schema = @Schema(implementation = CodingWorkflow.AnswerView.class)))
    @APIResponse(responseCode = "404", description = "Not an answer of the caller's school",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The answer is not waiting for adjudication",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A code that is not an active code of the codebook",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CodingWorkflow.AnswerView adjudicate(@PathParam("answerId") UUID answerId, @Valid @NotNull CodingRequests.Adjudication request) {
        return workflow.adjudicate(caller.requireSchool(), caller.userId(), answerId, request.codes());
    }

    @GET
    @Path("/settings")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "The school's coding settings")
    @APIResponse(responseCode = "200", description = "Double-coding share and claim time")
    public CodingWorkflow.Settings settings() {
        return workflow.settingsOf(caller.requireSchool());
    }

    @PUT
    @Path("/settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Change the coding settings", description = "Applies to answers arriving from now on.")
    @APIResponse(responseCode = "200", description = "The new settings")
    public CodingWorkflow.Settings change(@Valid @NotNull CodingRequests.Settings request) {
        return workflow.change(caller.requireSchool(), request.doubleCodingPercent(), request.claimMinutes());
    }

    @GET
    @Path("/agreement")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Agreement between coders", description = "Per pair of coders over the answers both coded: percent agreement, Cohen's "
            + "κ and Krippendorff's α (nominal) per code (applied or not) and pooled over all code decisions, and the share of identical code "
            + "sets. Undefined coefficients (every decision the same) are null.")
    @APIResponse(responseCode = "200", description = "One entry per coder pair")
    public List<CodingResults.CoderPair> agreement(@QueryParam("cycleId") UUID cycleId) {
        return results.agreement(caller.requireSchool(), cycleId);
    }

    @GET
    @Path("/segments")
    @Produces("text/csv")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Coded segments as CSV", description = "Every open answer of a cycle with status, final codes, flag and text.")
    @APIResponse(responseCode = "200", description = "CSV (RFC 4180)")
    public Response segments(@QueryParam("cycleId") @NotNull UUID cycleId) {
        caller.requireSchool();
        return Response.ok(results.segmentsCsv(cycleId), "text/csv;charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"coded-segments-" + cycleId + ".csv\"").build();
    }
}
