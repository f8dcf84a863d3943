package org.nearpeer.analytics.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nearpeer.analytics.application.CodingResults;
import org.nearpeer.analytics.domain.FeedRepository;
import org.nearpeer.tenancy.CurrentCaller;
import org.nearpeer.tenancy.Roles;
import org.nearpeer.tenancy.SchoolContext;

import io.quarkus.narayana.jta.QuarkusTransaction;

@Path("/api/v1/feeds/themes")
@Tag(name = "Research feeds", description = "Aggregates for institutional research, incremental and small-cell suppressed")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.RESEARCHER, Roles.COORDINATOR})
public class ThemeFeedResource {

    private final CodingResults results;
    private final FeedRepository feeds;
    private final CurrentCaller caller;

    public ThemeFeedResource(CodingResults results, FeedRepository feeds, CurrentCaller caller) {
        this.results = results;
        this.feeds = feeds;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Theme counts", description = "Coded open answers per school × cycle × theme × role — counts only, never text. "
            + "Researchers see all schools with counts of 1…threshold−1 withheld (answers = null, suppressed = true); coordinators their own "
            + "school, unsuppressed.")
    @APIResponse(responseCode = "200", description = "One row per school, cycle, theme and role")
    public List<CodingResults.ThemeCount> counts(@QueryParam("school") @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,62}") String school) {
        if (caller.hasRole(Roles.RESEARCHER)) {
            return SchoolContext.callAcrossSchools(() -> QuarkusTransaction.requiringNew().call(
                    () -> results.researchCounts(school, feeds.thresholds(), false)));
        }
        String own = school == null ? caller.requireSchool() : caller.requireSameSchool(school);
        return results.researchCounts(own, java.util.Map.of(), true);
    }
}
