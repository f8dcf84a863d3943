package org.nearpeer.enrollment.api;

import java.net.URI;
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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nearpeer.enrollment.application.ApplicationService;
import org.nearpeer.enrollment.domain.ApplicationRepository;
import org.nearpeer.enrollment.domain.ApplicationStatus;
import org.nearpeer.events.vocabulary.ParticipantRole;
import org.nearpeer.http.paging.Page;
import org.nearpeer.http.paging.PageRequest;
import org.nearpeer.http.problem.AccessDeniedException;
import org.nearpeer.http.problem.Problem;
import org.nearpeer.tenancy.CurrentCaller;
import org.nearpeer.tenancy.Roles;

import io.quarkus.panache.common.Sort;

@Path("/api/v1/cycles/{cycleId}/applications")
@Tag(name = "Applications", description = "Students volunteer each semester as mentee or mentor")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.STUDENT, Roles.COORDINATOR})
public class ApplicationResource {

    private final ApplicationService applications;
    private final CurrentCaller caller;

    public ApplicationResource(ApplicationService applications, CurrentCaller caller) {
        this.applications = applications;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Apply", description = "A student applies for themselves; a coordinator may apply on a student's behalf. "
            + "Students apply inside the application window while the cycle is OPEN; coordinators may record an application on a "
            + "student's behalf at any date while it is OPEN (late paper forms, past semesters transcribed from paper records). "
            + "Naming a partner who names you back confirms the pair if it passes the cycle's rules.")
    @APIResponse(responseCode = "201", description = "Submitted", content = @Content(schema = @Schema(implementation = ApplicationResponse.class)))
    @APIResponse(responseCode = "409", description = "Outside the application window, or already applied",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "window closed", value = """
                            {"type":"urn:nearpeer:problem:application-window-closed","title":"Conflict with the current state","status":409,
                             "detail":"Applications to 2026-fall are accepted from 2026-08-24 to 2026-09-11 while the cycle is OPEN; it is DRAFT and today is 2026-08-20."}""")))
    @APIResponse(responseCode = "422", description = "Breaks a rule: year level, program rules, or a chosen partner who cannot be paired",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "mentor three years above", value = """
                            {"type":"urn:nearpeer:problem:partner-not-eligible","title":"Program rule violated","status":422,
                             "detail":"You and your chosen partner cannot be a pair: the mentor (Y3) is 3 year(s) above the mentee (PY2); this school allows mentors in the same class up to 2 year(s) above."}""")))
    public Response submit(@PathParam("cycleId") UUID cycleId, @NotNull @Valid SubmitApplicationRequest request) {
        String school = caller.requireSchool();
        boolean coordinator = caller.hasRole(Roles.COORDINATOR);
        String participantId = caller.userId();
        String email = caller.email().orElse(null);
        if (request.onBehalfOf() != null) {
            if (!coordinator) {
                throw new AccessDeniedException("on-behalf-not-allowed", "Only coordinators apply on behalf of a student.");
            }
            participantId = request.onBehalfOf().participantId();
            email = request.onBehalfOf().email();
        } else if (coordinator) {
            throw new AccessDeniedException("on-behalf-required", "Coordinators apply on behalf of a student: set onBehalfOf.");
        }
        var application = applications.submit(school, cycleId, actor(), participantId, email, request.application().details(),
                request.acceptsProgramRules());
        return Response.created(URI.create("/api/v1/cycles/" + cycleId + "/applications/" + application.id()))
                .entity(ApplicationResponse.of(application)).build();
    }

    @GET
    @Operation(summary = "List applications", description = "Coordinators see the cycle's applications; students only their own.")
    @APIResponse(responseCode = "200", description = "One page of applications")
    public Page<ApplicationResponse> list(@PathParam("cycleId") UUID cycleId, @Valid @BeanParam PageRequest page,
            @QueryParam("role") @Parameter(description = "MENTEE or MENTOR") ParticipantRole role,
            @QueryParam("status") @Parameter(description = "SUBMITTED or WITHDRAWN") ApplicationStatus status,
            @QueryParam("yearLevel") @Pattern(regexp = "[A-Z0-9]{1,8}", message = "must be a year level such as PY2") String yearLevel,
            @QueryParam("sort") @DefaultValue("-submittedAt")
            @Pattern(regexp = "-?(submittedAt|updatedAt|yearLevel|role|status)", message = "one of submittedAt, updatedAt, yearLevel, role, status, optionally prefixed by -")
            @Parameter(description = "Field to sort by; prefix - for descending", example = "-submittedAt") String sort) {
        Sort order = sort.startsWith("-") ? Sort.descending(sort.substring(1)) : Sort.ascending(sort);
        return applications.list(caller.requireSchool(), cycleId, actor(),
                new ApplicationRepository.Filter(cycleId, role, status, yearLevel, null), order.and("id"), page).map(ApplicationResponse::of);
    }

    @GET
    @Path("/{applicationId}")
    @Operation(summary = "Get an application")
    @APIResponse(responseCode = "200", description = "The application", content = @Content(schema = @Schema(implementation = ApplicationResponse.class)))
    @APIResponse(responseCode = "404", description = "Not found (or not yours)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ApplicationResponse get(@PathParam("cycleId") UUID cycleId, @PathParam("applicationId") UUID applicationId) {
        return ApplicationResponse.of(applications.get(caller.requireSchool(), cycleId, applicationId, actor()));
    }

    @PUT
    @Path("/{applicationId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Edit an application", description = "Until the application window closes.")
    @APIResponse(responseCode = "200", description = "The edited application", content = @Content(schema = @Schema(implementation = ApplicationResponse.class)))
    @APIResponse(responseCode = "409", description = "Window closed or application withdrawn", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Breaks a rule", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ApplicationResponse update(@PathParam("cycleId") UUID cycleId, @PathParam("applicationId") UUID applicationId,
            @NotNull @Valid ApplicationForm form) {
        return ApplicationResponse.of(applications.update(caller.requireSchool(), cycleId, applicationId, actor(), form.details()));
    }

    @POST
    @Path("/{applicationId}/withdrawal")
    @Operation(summary = "Withdraw an application", description = "Possible until the cycle closes; a withdrawn application cannot be reopened.")
    @APIResponse(responseCode = "200", description = "Withdrawn", content = @Content(schema = @Schema(implementation = ApplicationResponse.class)))
    @APIResponse(responseCode = "409", description = "Already withdrawn, or the cycle is closed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ApplicationResponse withdraw(@PathParam("cycleId") UUID cycleId, @PathParam("applicationId") UUID applicationId) {
        return ApplicationResponse.of(applications.withdraw(caller.requireSchool(), cycleId, applicationId, actor()));
    }

    @PUT
    @Path("/{applicationId}/research-consent")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give or withdraw research consent", description = "Withdrawal erases the student's survey data from research downstream.")
    @APIResponse(responseCode = "200", description = "The application with its consent", content = @Content(schema = @Schema(implementation = ApplicationResponse.class)))
    public ApplicationResponse researchConsent(@PathParam("cycleId") UUID cycleId, @PathParam("applicationId") UUID applicationId,
            @NotNull @Valid ResearchConsentRequest request) {
        return ApplicationResponse.of(applications.setResearchConsent(caller.requireSchool(), cycleId, applicationId, actor(), request.given()));
    }

    private ApplicationService.Actor actor() {
        return new ApplicationService.Actor(caller.userId(), caller.hasRole(Roles.COORDINATOR));
    }
}
