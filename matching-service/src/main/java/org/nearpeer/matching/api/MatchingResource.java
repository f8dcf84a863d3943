package org.nearpeer.matching.api;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.nearpeer.events.vocabulary.PairOrigin;
import org.nearpeer.http.problem.Problem;
import org.nearpeer.matching.application.MatchingService;
import org.nearpeer.matching.domain.MatchPair;
import org.nearpeer.matching.domain.MatchRun;
import org.nearpeer.tenancy.CurrentCaller;
import org.nearpeer.tenancy.Roles;

@Path("/api/v1")
@Tag(name = "Matching", description = "Runs that propose an optimal assignment with explanations, and the coordinator's review")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.COORDINATOR)
public class MatchingResource {

    private final MatchingService matching;
    private final CurrentCaller caller;

    public MatchingResource(MatchingService matching, CurrentCaller caller) {
        this.matching = matching;
        this.caller = caller;
    }

    @Schema(name = "MatchRunRequest")
    public record RunRequest(@Schema(description = "Only report what would be proposed", example = "true") boolean dryRun) {
    }

    @Schema(name = "MatchRun")
    public record RunResponse(UUID id, UUID cycleId, boolean dryRun, java.time.Instant createdAt, MatchRun.Report report) {
        static RunResponse of(MatchRun run) {
            return new RunResponse(run.id(), run.cycleId(), run.dryRun(), run.createdAt(), run.report());
        }
    }

    @Schema(name = "ApprovalRequest")
    public record ApprovalRequest(@Size(max = 10_000) @Schema(description = "Pairs to approve; empty approves all of the run") List<UUID> pairIds) {
    }

    @Schema(name = "ManualPairRequest")
    public record ManualPairRequest(@NotBlank @Size(max = 100) String menteeId, @NotBlank @Size(max = 100) String mentorId) {
    }

    @Schema(name = "DissolutionRequest")
    public record DissolutionRequest(@NotBlank @Size(max = 300) @Schema(example = "the mentee changed campus") String reason) {
    }

    @Schema(name = "MatchPair", description = "A pair with its score breakdown and any rule it breaks")
    public record PairResponse(UUID id, UUID cycleId, UUID runId, String menteeId, String mentorId, PairOrigin origin, MatchPair.Status status,
            Integer score, Map<String, Integer> breakdown, List<String> warnings, String reason) {
        static PairResponse of(MatchPair p) {
            return new PairResponse(p.id(), p.cycleId(), p.runId(), p.menteeId(), p.mentorId(), p.origin(), p.status(), p.score(),
                    p.breakdown(), p.warnings(), p.reason());
        }
    }

    @POST
    @Path("/cycles/{cycleId}/match-runs")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Run matching", description = "Keeps confirmed pairs (self-chosen, approved, manual); proposes the assignment that "
            + "matches the most mentees, then the highest total score; explains every pair and everyone left out. A real run replaces earlier proposals.")
    @APIResponse(responseCode = "201", description = "The run and its report", content = @Content(schema = @Schema(implementation = RunResponse.class)))
    public Response run(@PathParam("cycleId") UUID cycleId, @NotNull @Valid RunRequest request) {
        MatchRun run = matching.run(caller.requireSchool(), cycleId, caller.userId(), request.dryRun());
        return Response.created(URI.create("/api/v1/match-runs/" + run.id())).entity(RunResponse.of(run)).build();
    }

    @GET
    @Path("/cycles/{cycleId}/match-runs")
    @Operation(summary = "List a cycle's runs", description = "Newest first; every run is kept for audit.")
    @APIResponse(responseCode = "200", description = "The runs")
    public List<RunResponse> runs(@PathParam("cycleId") UUID cycleId) {
        return matching.runs(caller.requireSchool(), cycleId).stream().map(RunResponse::of).toList();
    }

    @GET
    @Path("/match-runs/{runId}")
    @Operation(summary = "Get a run and its report")
    @APIResponse(responseCode = "200", description = "The run", content = @Content(schema = @Schema(implementation = RunResponse.class)))
    @APIResponse(responseCode = "404", description = "Not found", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RunResponse getRun(@PathParam("runId") UUID runId) {
        return RunResponse.of(matching.run(caller.requireSchool(), runId));
    }

    @POST
    @Path("/match-runs/{runId}/approval")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve proposals", description = "All of the run's proposals, or the listed ones (PairConfirmed each).")
    @APIResponse(responseCode = "200", description = "The approved pairs")
    @APIResponse(responseCode = "409", description = "A dry run", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<PairResponse> approve(@PathParam("runId") UUID runId, @NotNull @Valid ApprovalRequest request) {
        return matching.approve(caller.requireSchool(), runId, request.pairIds()).stream().map(PairResponse::of).toList();
    }

    @GET
    @Path("/cycles/{cycleId}/pairs")
    @Operation(summary = "List a cycle's pairs", description = "Filter by status: PROPOSED, CONFIRMED, DISSOLVED, REJECTED.")
    @APIResponse(responseCode = "200", description = "The pairs")
    public List<PairResponse> pairs(@PathParam("cycleId") UUID cycleId, @QueryParam("status") MatchPair.Status status) {
        return matching.pairs(caller.requireSchool(), cycleId, status).stream().map(PairResponse::of).toList();
    }

    @POST
    @Path("/cycles/{cycleId}/pairs")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Pair by hand", description = "Confirmed at once; a broken rule is kept as a warning on the pair.")
    @APIResponse(responseCode = "201", description = "The pair", content = @Content(schema = @Schema(implementation = PairResponse.class)))
    @APIResponse(responseCode = "409", description = "The mentee already has a pair", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Not an applicant in that role", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response pairByHand(@PathParam("cycleId") UUID cycleId, @NotNull @Valid ManualPairRequest request) {
        MatchPair pair = matching.pairByHand(caller.requireSchool(), cycleId, request.menteeId(), request.mentorId());
        return Response.status(Response.Status.CREATED).entity(PairResponse.of(pair)).build();
    }

    @POST
    @Path("/pairs/{pairId}/dissolution")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Unpair", description = "Dissolves a pair (or rejects a proposal); the reason travels with PairDissolved.")
    @APIResponse(responseCode = "200", description = "Dissolved", content = @Content(schema = @Schema(implementation = PairResponse.class)))
    @APIResponse(responseCode = "409", description = "Already dissolved", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PairResponse dissolve(@PathParam("pairId") UUID pairId, @NotNull @Valid DissolutionRequest request) {
        return PairResponse.of(matching.dissolve(caller.requireSchool(), pairId, request.reason()));
    }
}
