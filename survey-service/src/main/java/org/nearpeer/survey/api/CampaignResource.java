package org.nearpeer.survey.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

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
import org.nearpeer.http.paging.Page;
import org.nearpeer.http.paging.PageRequest;
import org.nearpeer.http.problem.Problem;
import org.nearpeer.survey.application.CampaignService;
import org.nearpeer.tenancy.CurrentCaller;
import org.nearpeer.tenancy.Roles;

@Path("/api/v1")
@Tag(name = "Campaigns", description = "A cycle's end-of-semester evaluation survey")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.COORDINATOR)
public class CampaignResource {

    private final CampaignService campaigns;
    private final CurrentCaller caller;

    public CampaignResource(CampaignService campaigns, CurrentCaller caller) {
        this.campaigns = campaigns;
        this.caller = caller;
    }

    public record Invitee(String participantId, String role, String yearLevel, java.time.Instant remindedAt) {
    }

    public record Reminded(@Schema(example = "48") int reminded) {
    }

    @POST
    @Path("/cycles/{cycleId}/campaigns")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a campaign", description = "A draft; opening it invites the cycle's participants.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = CampaignResponse.class)))
    @APIResponse(responseCode = "422", description = "The instrument is not published", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@PathParam("cycleId") UUID cycleId, @NotNull @Valid CampaignRequest request) {
        var view = campaigns.create(caller.requireSchool(), cycleId, request.instrumentId(), request.closesAt());
        return Response.created(URI.create("/api/v1/campaigns/" + view.campaign().id())).entity(CampaignResponse.of(view)).build();
    }

    @GET
    @Path("/cycles/{cycleId}/campaigns")
    @Operation(summary = "List a cycle's campaigns", description = "Newest first, each with its response rate.")
    @APIResponse(responseCode = "200", description = "The campaigns")
    public List<CampaignResponse> ofCycle(@PathParam("cycleId") UUID cycleId) {
        return campaigns.ofCycle(caller.requireSchool(), cycleId).stream().map(CampaignResponse::of).toList();
    }

    @GET
    @Path("/campaigns/{campaignId}")
    @Operation(summary = "Get a campaign with its live response rate")
    @APIResponse(responseCode = "200", description = "The campaign", content = @Content(schema = @Schema(implementation = CampaignResponse.class)))
    @APIResponse(responseCode = "404", description = "Not found", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CampaignResponse get(@PathParam("campaignId") UUID campaignId) {
        return CampaignResponse.of(campaigns.get(caller.requireSchool(), campaignId));
    }

    @POST
    @Path("/campaigns/{campaignId}/opening")
    @Operation(summary = "Open a campaign", description = "Invites every participant of the cycle who has not withdrawn.")
    @APIResponse(responseCode = "200", description = "Open", content = @Content(schema = @Schema(implementation = CampaignResponse.class)))
    @APIResponse(responseCode = "409", description = "Not a draft, or its closing time has passed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CampaignResponse open(@PathParam("campaignId") UUID campaignId) {
        return CampaignResponse.of(campaigns.open(caller.requireSchool(), campaignId));
    }

    @POST
    @Path("/campaigns/{campaignId}/closing")
    @Operation(summary = "Close a campaign", description = "No more answers or edits.")
    @APIResponse(responseCode = "200", description = "Closed", content = @Content(schema = @Schema(implementation = CampaignResponse.class)))
    @APIResponse(responseCode = "409", description = "Not open", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CampaignResponse close(@PathParam("campaignId") UUID campaignId) {
        return CampaignResponse.of(campaigns.close(caller.requireSchool(), campaignId));
    }

    @GET
    @Path("/campaigns/{campaignId}/non-respondents")
    @Operation(summary = "Who has not answered yet")
    @APIResponse(responseCode = "200", description = "One page of invited participants without a response")
    public Page<Invitee> nonRespondents(@PathParam("campaignId") UUID campaignId, @Valid @BeanParam PageRequest page) {
        return campaigns.nonRespondents(caller.requireSchool(), campaignId, page)
                .map(i -> new Invitee(i.participantId(), i.role().name(), i.yearLevel(), i.remindedAt()));
    }

    @POST
    @Path("/campaigns/{campaignId}/reminders")
    @Operation(summary = "Remind non-respondents", description = "Announces a reminder to everyone invited who has not answered.")
    @APIResponse(responseCode = "200", description = "How many were reminded", content = @Content(schema = @Schema(implementation = Reminded.class)))
    @APIResponse(responseCode = "409", description = "The campaign is not open", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Reminded remind(@PathParam("campaignId") UUID campaignId) {
        return new Reminded(campaigns.remind(caller.requireSchool(), campaignId));
    }
}
