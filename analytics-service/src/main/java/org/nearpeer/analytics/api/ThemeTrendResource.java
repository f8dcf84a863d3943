package org.nearpeer.analytics.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nearpeer.analytics.application.CodingResults;
import org.nearpeer.tenancy.CurrentCaller;
import org.nearpeer.tenancy.Roles;

@Path("/api/v1/trends/themes")
@Tag(name = "Qualitative coding", description = "Open answers coded into themes: codebook, queue, agreement, results")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.COORDINATOR)
public class ThemeTrendResource {

    private final CodingResults results;
    private final CurrentCaller caller;

    public ThemeTrendResource(CodingResults results, CurrentCaller caller) {
        this.results = results;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Themes across semesters", description = "Coded answers per semester × theme × role, oldest semester first.")
    @APIResponse(responseCode = "200", description = "One row per semester and theme")
    public List<CodingResults.ThemeTrend> trends() {
        return results.trends(caller.requireSchool());
    }
}
