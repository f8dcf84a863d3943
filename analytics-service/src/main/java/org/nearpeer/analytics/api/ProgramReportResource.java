package org.nearpeer.analytics.api;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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
import org.nearpeer.analytics.application.ProgramReport;
import org.nearpeer.analytics.application.ProgramReportPdf;
import org.nearpeer.http.problem.Problem;
import org.nearpeer.tenancy.CurrentCaller;
import org.nearpeer.tenancy.Roles;

@Path("/api/v1/reports/program")
@Tag(name = "Statistics", description = "Live program-evaluation figures")
@RolesAllowed(Roles.COORDINATOR)
public class ProgramReportResource {

    static final String PDF = "application/pdf";
    static final String ZIP = "application/zip";

    private final ProgramReport reports;
    private final ProgramReportPdf pdf;
    private final CurrentCaller caller;

    public ProgramReportResource(ProgramReport reports, ProgramReportPdf pdf, CurrentCaller caller) {
        this.reports = reports;
        this.pdf = pdf;
        this.caller = caller;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, PDF, ZIP})
    @Operation(summary = "The program evaluation report", description = "One cycle or several pooled (repeat cycleId), laid out like the "
            + "program's paper: participants and response rate; Table 1, implementation from the survey and from the session logs; Table 2, "
            + "satisfaction by role with mean ± SD and Mann-Whitney U with exact and asymptotic p; Tables 3 and 4, purposes and the "
            + "mentor's roles; themes of the coded open answers. format=json (default), pdf (with the satisfaction chart) or csv (a ZIP of "
            + "CSV files, one per table).")
    @APIResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgramReport.Report.class)),
            @Content(mediaType = PDF), @Content(mediaType = ZIP)})
    @APIResponse(responseCode = "404", description = "A cycle that is not the caller's school's (or not known to analytics yet)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response report(@Parameter(description = "The cycles to report, e.g. the semesters of a school year") @QueryParam("cycleId")
            @NotEmpty @Size(max = 20) List<UUID> cycleIds,
            @Parameter(description = "json, pdf or csv") @QueryParam("format") @DefaultValue("json") @Pattern(regexp = "json|pdf|csv") String format) {
        ProgramReport.Report report = reports.of(caller.requireSchool(), List.copyOf(new java.util.LinkedHashSet<>(cycleIds)));
        String name = "program-report-" + String.join("_", report.cycles().stream().map(ProgramReport.CycleRef::semester).toList());
        return switch (format) {
            case "pdf" -> Response.ok(pdf.render(report), PDF).header("Content-Disposition", "attachment; filename=\"" + name + ".pdf\"").build();
            case "csv" -> Response.ok(reports.csvZip(report), ZIP).header("Content-Disposition", "attachment; filename=\"" + name + ".zip\"").build();
            default -> Response.ok(report, MediaType.APPLICATION_JSON).build();
        };
    }
}
