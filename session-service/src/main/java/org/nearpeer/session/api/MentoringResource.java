package org.nearpeer.session.api;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nearpeer.http.paging.Page;
import org.nearpeer.http.paging.PageRequest;
import org.nearpeer.http.problem.Problem;
import org.nearpeer.session.application.MentoringService;
import org.nearpeer.tenancy.Roles;

@Path("/api/v1/pairs/{pairId}")
@Tag(name = "Mentoring", description = "A pair's agreement and its session log")
@Produces(MediaType.APPLICATION_JSON)
public class MentoringResource {

    private final MentoringService mentoring;
    private final CallerMapping caller;

    public MentoringResource(MentoringService mentoring, CallerMapping caller) {
        this.mentoring = mentoring;
        this.caller = caller;
    }

    @PUT
    @Path("/agreement")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.STUDENT)
    @Operation(summary = "Draft or amend the agreement", description = "Either partner drafts; amending a signed agreement starts the next version, to be signed again.")
    @APIResponse(responseCode = "200", description = "The draft", content = @Content(schema = @Schema(implementation = AgreementResponse.class)))
    @APIResponse(responseCode = "422", description = "Ground rules not acknowledged", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AgreementResponse draft(@PathParam("pairId") UUID pairId, @NotNull @Valid AgreementRequest request) {
        return AgreementResponse.of(mentoring.draftAgreement(caller.current(), pairId, request.terms()));
    }

    @POST
    @Path("/agreement/signature")
    @RolesAllowed(Roles.STUDENT)
    @Operation(summary = "Sign the agreement", description = "When both partners have signed, the agreement is in force (AgreementSigned).")
    @APIResponse(responseCode = "200", description = "Signed", content = @Content(schema = @Schema(implementation = AgreementResponse.class)))
    @APIResponse(responseCode = "409", description = "Already signed by you", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AgreementResponse sign(@PathParam("pairId") UUID pairId) {
        return AgreementResponse.of(mentoring.signAgreement(caller.current(), pairId));
    }

    @GET
    @Path("/agreement")
    @RolesAllowed({Roles.STUDENT, Roles.COORDINATOR})
    @Operation(summary = "Get the agreement (latest version)")
    @APIResponse(responseCode = "200", description = "The agreement", content = @Content(schema = @Schema(implementation = AgreementResponse.class)))
    @APIResponse(responseCode = "404", description = "None yet", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AgreementResponse agreement(@PathParam("pairId") UUID pairId) {
        return AgreementResponse.of(mentoring.agreement(caller.current(), pairId));
    }

    @POST
    @Path("/sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.STUDENT)
    @Operation(summary = "Log a session", description = "Either partner logs a meeting that took place; the other confirms or disputes it.")
    @APIResponse(responseCode = "201", description = "Logged", content = @Content(schema = @Schema(implementation = SessionResponse.class)))
    @APIResponse(responseCode = "409", description = "Overlaps another session, or the cycle is closed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "In the future, outside the session period, or before agreement and training",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(
                    name = "no agreement", value = """
                            {"type":"urn:nearpeer:problem:agreement-not-signed","title":"Program rule violated","status":422,
                             "detail":"Sign your mentoring agreement (both of you) before logging sessions."}""")))
    public Response log(@PathParam("pairId") UUID pairId, @NotNull @Valid SessionLogRequest request) {
        var current = caller.current();
        var session = mentoring.log(current, pairId, request.details());
        return Response.created(URI.create("/api/v1/pairs/" + pairId + "/sessions/" + session.id()))
                .entity(SessionResponse.of(session, current.userId())).build();
    }

    @GET
    @Path("/sessions")
    @RolesAllowed({Roles.STUDENT, Roles.COORDINATOR})
    @Operation(summary = "List the pair's sessions", description = "Newest first.")
    @APIResponse(responseCode = "200", description = "One page of sessions")
    public Page<SessionResponse> sessions(@PathParam("pairId") UUID pairId, @Valid @BeanParam PageRequest page) {
        var current = caller.current();
        return mentoring.sessions(current, pairId, page).map(s -> SessionResponse.of(s, current.userId()));
    }

    @POST
    @Path("/sessions/{sessionId}/confirmation")
    @RolesAllowed(Roles.STUDENT)
    @Operation(summary = "Confirm a session the partner logged", description = "Confirmed minutes count as the mentor's volunteer time.")
    @APIResponse(responseCode = "200", description = "Confirmed", content = @Content(schema = @Schema(implementation = SessionResponse.class)))
    @APIResponse(responseCode = "409", description = "Already confirmed or disputed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "One's own session", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SessionResponse confirm(@PathParam("pairId") UUID pairId, @PathParam("sessionId") UUID sessionId) {
        var current = caller.current();
        return SessionResponse.of(mentoring.confirm(current, pairId, sessionId), current.userId());
    }

    @POST
    @Path("/sessions/{sessionId}/dispute")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.STUDENT)
    @Operation(summary = "Dispute a session the partner logged")
    @APIResponse(responseCode = "200", description = "Disputed", content = @Content(schema = @Schema(implementation = SessionResponse.class)))
    public SessionResponse dispute(@PathParam("pairId") UUID pairId, @PathParam("sessionId") UUID sessionId,
            @NotNull @Valid DisputeRequest request) {
        var current = caller.current();
        return SessionResponse.of(mentoring.dispute(current, pairId, sessionId, request.reason()), current.userId());
    }
}
