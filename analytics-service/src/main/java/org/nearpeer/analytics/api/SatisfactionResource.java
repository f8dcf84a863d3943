package org.nearpeer.analytics.api;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nearpeer.analytics.application.SatisfactionTable;
import org.nearpeer.tenancy.CurrentCaller;
import org.nearpeer.tenancy.Roles;

@Path("/api/v1/cycles/{cycleId}/satisfaction")
@Tag(name = "Statistics", description = "Live program-evaluation figures")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.COORDINATOR)
public class SatisfactionResource {

    private final SatisfactionTable table;
    private final CurrentCaller caller;

    public SatisfactionResource(SatisfactionTable table, CurrentCaller caller) {
        this.table = table;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Satisfaction by role", description = "Per Likert item: n, mean, sample SD, median and the 1–5 distribution of mentors and "
            + "mentees, and Mann-Whitney U (mentors) with exact conditional and asymptotic two-sided p. Undefined figures are null.")
    @APIResponse(responseCode = "200", description = "One row per Likert item (empty until responses arrive)")
    public List<SatisfactionTable.ItemRow> satisfaction(@PathParam("cycleId") UUID cycleId) {
        caller.requireSchool();
        return table.of(cycleId);
    }
}
