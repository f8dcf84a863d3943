package org.nearpeer.analytics.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Max;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nearpeer.analytics.application.SatisfactionTrends;
import org.nearpeer.tenancy.CurrentCaller;
import org.nearpeer.tenancy.Roles;

@Path("/api/v1/trends/satisfaction")
@Tag(name = "Statistics", description = "Live program-evaluation figures")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.COORDINATOR)
public class TrendResource {

    private final SatisfactionTrends trends;
    private final org.nearpeer.analytics.application.SatisfactionCharts charts;
    private final CurrentCaller caller;

    public TrendResource(SatisfactionTrends trends, org.nearpeer.analytics.application.SatisfactionCharts charts, CurrentCaller caller) {
        this.trends = trends;
        this.charts = charts;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Satisfaction across semesters", description = "n, mean and SD per cycle × Likert item × role of the caller's school, "
            + "oldest semester first. Researchers compare schools through the research feed.")
    @APIResponse(responseCode = "200", description = "One point per cycle, item and role")
    public List<SatisfactionTrends.TrendPoint> trend(
            @Parameter(description = "Only this Likert item") @QueryParam("item") @Pattern(regexp = "[a-z0-9_]{1,63}") String item) {
        caller.requireSchool();
        return trends.of(item);
    }

    @GET
    @Path("/chart")
    @Produces({ChartResource.SVG, ChartResource.PNG})
    @Tag(name = "Charts")
    @Operation(summary = "Mean satisfaction over the school's semesters, by item and role", description = "SVG unless format=png.")
    @APIResponse(responseCode = "200", description = "The chart")
    public jakarta.ws.rs.core.Response chart(@Parameter(description = "Only this Likert item") @QueryParam("item") @Pattern(regexp = "[a-z0-9_]{1,63}") String item,
            @Parameter(description = "svg or png") @QueryParam("format") @DefaultValue("svg") @Pattern(regexp = "svg|png") String format,
            @QueryParam("width") @DefaultValue("900") @Min(200) @Max(3000) int width,
            @QueryParam("height") @DefaultValue("500") @Min(150) @Max(3000) int height) {
        caller.requireSchool();
        org.nearpeer.analytics.application.SatisfactionCharts.Format chosen = org.nearpeer.analytics.application.SatisfactionCharts.Format.valueOf(format.toUpperCase());
        return ChartResource.image(charts.meanOverSemesters(item, chosen, width, height), chosen);
    }

}
