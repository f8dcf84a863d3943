package org.nearpeer.analytics.api;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nearpeer.analytics.application.CodingResults;
import org.nearpeer.tenancy.CurrentCaller;
import org.nearpeer.tenancy.Roles;

@Path("/api/v1/cycles/{cycleId}/themes")
@Tag(name = "Qualitative coding", description = "Open answers coded into themes: codebook, queue, agreement, results")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.COORDINATOR)
public class ThemeResource {

    private final CodingResults results;
    private final CurrentCaller caller;

    public ThemeResource(CodingResults results, CurrentCaller caller) {
        this.results = results;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Themes by role", description = "For every theme, category and code: coded answers of mentors and of mentees that "
            + "carry it (an answer counts once per entry) and the percentage of that role's coded answers — what mentees say versus mentors.")
    @APIResponse(responseCode = "200", description = "The theme table")
    public CodingResults.ThemeTable themes(@PathParam("cycleId") UUID cycleId,
            @QueryParam("itemId") @Pattern(regexp = "[a-z0-9_]{1,63}") String itemId) {
        return results.themes(caller.requireSchool(), cycleId, itemId);
    }

    @GET
    @Path("/quotes")
    @Operation(summary = "Quotes for a theme, category or code", description = "The coded answers that carry it, with their text.")
    @APIResponse(responseCode = "200", description = "Quotes, oldest first")
    public List<CodingResults.Quote> quotes(@PathParam("cycleId") UUID cycleId,
            @QueryParam("code") @NotNull @Pattern(regexp = CodingRequests.CODE_KEY) String code) {
        caller.requireSchool();
        return results.quotes(cycleId, code);
    }
}
