package org.nearpeer.session.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import org.nearpeer.http.problem.Problem;
import org.nearpeer.session.application.Nudges;
import org.nearpeer.session.application.VolunteerHours;
import org.nearpeer.tenancy.CurrentCaller;
import org.nearpeer.tenancy.Roles;

@Path("/api/v1/cycles/{cycleId}")
@Tag(name = "Program oversight", description = "Volunteer hours, inactive pairs and exam-review nudges for coordinators")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.COORDINATOR)
public class ProgramOversightResource {

    private final VolunteerHours hours;
    private final Nudges nudges;
    private final CurrentCaller caller;

    public ProgramOversightResource(VolunteerHours hours, Nudges nudges, CurrentCaller caller) {
        this.hours = hours;
        this.nudges = nudges;
        this.caller = caller;
    }

    public record ExamDateRequest(@NotNull @Schema(example = "2026-12-14") LocalDate examOn,
            @NotBlank @Size(max = 200) @Schema(example = "Anatomy final") String title) {
    }

    public record NudgeList(List<Nudges.InactivePair> inactivePairs, List<Nudges.ExamReminder> examReviewReminders) {
    }

    @GET
    @Path("/volunteer-hours")
    @Operation(summary = "Mentors' confirmed volunteer time", description = "Per mentor: confirmed minutes and sessions, and what was approved.")
    @APIResponse(responseCode = "200", description = "Per mentor")
    public List<VolunteerHours.MentorHours> volunteerHours(@PathParam("cycleId") UUID cycleId) {
        caller.requireSchool();
        return hours.summary(cycleId);
    }

    @POST
    @Path("/volunteer-hours/{mentorId}/approval")
    @Operation(summary = "Approve a mentor's confirmed time", description = "Approving again takes the new confirmed total (HoursApproved).")
    @APIResponse(responseCode = "200", description = "Approved", content = @Content(schema = @Schema(implementation = VolunteerHours.MentorHours.class)))
    @APIResponse(responseCode = "422", description = "No confirmed sessions", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public VolunteerHours.MentorHours approve(@PathParam("cycleId") UUID cycleId, @PathParam("mentorId") String mentorId) {
        return hours.approve(caller.requireSchool(), cycleId, mentorId, caller.userId());
    }

    @GET
    @Path("/volunteer-hours/{mentorId}/statement")
    @Produces("application/pdf")
    @Operation(summary = "Statement of approved volunteer hours (PDF)")
    @APIResponse(responseCode = "200", description = "A PDF", content = @Content(mediaType = "application/pdf"))
    @APIResponse(responseCode = "404", description = "Nothing approved for this mentor", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response statement(@PathParam("cycleId") UUID cycleId, @PathParam("mentorId") String mentorId) {
        byte[] pdf = hours.statementPdf(caller.requireSchool(), cycleId, mentorId);
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"volunteer-hours-" + mentorId + ".pdf\"").build();
    }

    @GET
    @Path("/volunteer-hours/registrar.csv")
    @Produces("text/csv")
    @Operation(summary = "Approved volunteer hours for the registrar (CSV)")
    @APIResponse(responseCode = "200", description = "CSV with a header row", content = @Content(mediaType = "text/csv"))
    public Response registrar(@PathParam("cycleId") UUID cycleId) {
        caller.requireSchool();
        return Response.ok(hours.registrarCsv(cycleId), "text/csv")
                .header("Content-Disposition", "attachment; filename=\"volunteer-hours-" + cycleId + ".csv\"").build();
    }

    @GET
    @Path("/nudges")
    @Operation(summary = "Nudges", description = "Pairs without a session for N days (default from configuration), and exams whose two-week review window is open.")
    @APIResponse(responseCode = "200", description = "Inactive pairs and exam-review reminders")
    public NudgeList nudges(@PathParam("cycleId") UUID cycleId,
            @QueryParam("inactiveDays") @Min(1) @Max(365) Integer inactiveDays) {
        caller.requireSchool();
        return new NudgeList(nudges.inactivePairs(cycleId, inactiveDays), nudges.examReminders(cycleId));
    }

    @POST
    @Path("/exam-dates")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enter an exam date", description = "Pairs are reminded to hold an exam review session two weeks before.")
    @APIResponse(responseCode = "201", description = "Entered: the exam and the day reminders start",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Nudges.ExamReminder.class)))
    public Response examDate(@PathParam("cycleId") UUID cycleId, @NotNull @Valid ExamDateRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(nudges.addExamDate(caller.requireSchool(), cycleId, request.examOn(), request.title())).build();
    }
}
