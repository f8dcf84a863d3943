package org.nearpeer.survey.api;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nearpeer.http.problem.Problem;
import org.nearpeer.survey.application.CampaignService;
import org.nearpeer.tenancy.CurrentCaller;
import org.nearpeer.tenancy.Roles;

@Path("/api/v1/my/campaigns")
@Tag(name = "My evaluation", description = "A participant's own survey: questionnaire and answers")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.STUDENT)
public class MyCampaignResource {

    private final CampaignService campaigns;
    private final CurrentCaller caller;

    public MyCampaignResource(CampaignService campaigns, CurrentCaller caller) {
        this.campaigns = campaigns;
        this.caller = caller;
    }

    public record OpenCampaign(UUID id, UUID cycleId, java.time.Instant closesAt) {
    }

    @GET
    @Operation(summary = "Campaigns I am invited to that are open")
    @APIResponse(responseCode = "200", description = "Open campaigns")
    public List<OpenCampaign> open() {
        caller.requireSchool();
        return campaigns.openFor(caller.userId()).stream().map(c -> new OpenCampaign(c.id(), c.cycleId(), c.closesAt())).toList();
    }

    @GET
    @Path("/{campaignId}/questionnaire")
    @Operation(summary = "My questionnaire", description = "The items for my role, in my role's wording.")
    @APIResponse(responseCode = "200", description = "The questionnaire", content = @Content(schema = @Schema(implementation = QuestionnaireView.class)))
    @APIResponse(responseCode = "404", description = "Not invited, or no such campaign", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public QuestionnaireView questionnaire(@PathParam("campaignId") UUID campaignId) {
        return QuestionnaireView.of(campaigns.questionnaire(caller.requireSchool(), campaignId, caller.userId()));
    }

    @PUT
    @Path("/{campaignId}/response")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer, or edit my answers", description = "One response per participant; each edit before closing is a new revision.")
    @APIResponse(responseCode = "200", description = "Saved", content = @Content(schema = @Schema(implementation = ResponseView.class)))
    @APIResponse(responseCode = "409", description = "The campaign is not open", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Answers that do not fit the questionnaire, each named", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "Likert 6", value = """
                    {"type":"urn:nearpeer:problem:invalid-answers","title":"Program rule violated","status":422,
                     "detail":"1 answer(s) do not fit the questionnaire.",
                     "violations":[{"field":"answers.program_appropriate","message":"must be a whole number from 1 (not at all) to 5 (very high)"}]}""")))
    public ResponseView answer(@PathParam("campaignId") UUID campaignId, @NotNull @Valid AnswersRequest request) {
        return ResponseView.of(campaigns.answer(caller.requireSchool(), campaignId, caller.userId(), request.answers()));
    }

    @GET
    @Path("/{campaignId}/response")
    @Operation(summary = "My answers")
    @APIResponse(responseCode = "200", description = "My response", content = @Content(schema = @Schema(implementation = ResponseView.class)))
    @APIResponse(responseCode = "404", description = "Not answered yet", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ResponseView mine(@PathParam("campaignId") UUID campaignId) {
        return ResponseView.of(campaigns.myResponse(caller.requireSchool(), campaignId, caller.userId()));
    }
}
