package org.nearpeer.analytics.api;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nearpeer.analytics.application.SatisfactionCharts;
import org.nearpeer.analytics.application.SatisfactionCharts.Format;
import org.nearpeer.tenancy.CurrentCaller;
import org.nearpeer.tenancy.Roles;

@Path("/api/v1/cycles/{cycleId}/charts")
@Tag(name = "Charts", description = "The statistics as SVG or PNG, for the admin UI and reports")
@Produces({ChartResource.SVG, ChartResource.PNG})
@RolesAllowed(Roles.COORDINATOR)
public class ChartResource {

    static final String SVG = "image/svg+xml";
    static final String PNG = "image/png";

    private final SatisfactionCharts charts;
    private final CurrentCaller caller;

    public ChartResource(SatisfactionCharts charts, CurrentCaller caller) {
        this.charts = charts;
        this.caller = caller;
    }

    @GET
    @Path("/satisfaction")
    @Operation(summary = "Likert items by role as a diverging stacked bar", description = "Percent of each role's respondents per answer: "
            + "1–2 left of zero, 4–5 right, 3 split across it. SVG unless format=png.")
    @APIResponse(responseCode = "200", description = "The chart")
    public Response satisfaction(@PathParam("cycleId") UUID cycleId,
            @Parameter(description = "svg or png") @QueryParam("format") @DefaultValue("svg") @Pattern(regexp = "svg|png") String format,
            @QueryParam("width") @DefaultValue("900") @Min(200) @Max(3000) int width,
            @QueryParam("height") @DefaultValue("500") @Min(150) @Max(3000) int height) {
        caller.requireSchool();
        Format chosen = Format.valueOf(format.toUpperCase());
        return image(charts.likertByRole(cycleId, chosen, width, height), chosen);
    }

    static Response image(byte[] bytes, Format format) {
        return Response.ok(bytes, format == Format.SVG ? SVG : PNG).header("Cache-Control", "private, no-cache").build();
    }
}
