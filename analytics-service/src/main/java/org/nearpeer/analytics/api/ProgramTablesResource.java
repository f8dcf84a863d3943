package org.nearpeer.analytics.api;

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
import org.nearpeer.analytics.application.ProgramTables;
import org.nearpeer.tenancy.CurrentCaller;
import org.nearpeer.tenancy.Roles;

@Path("/api/v1/cycles/{cycleId}/program")
@Tag(name = "Statistics", description = "Live program-evaluation figures")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.COORDINATOR)
public class ProgramTablesResource {

    private final ProgramTables tables;
    private final CurrentCaller caller;

    public ProgramTablesResource(ProgramTables tables, CurrentCaller caller) {
        this.tables = tables;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Program tables", description = "Participation by role, year level and gender; survey response rate by role; "
            + "implementation from the session logs (pairs, meetings per pair, methods, locations, activities, hours; disputed meetings "
            + "left out); volunteer hours confirmed and approved. Percentages are null when their denominator is zero.")
    @APIResponse(responseCode = "200", description = "The cycle's tables (zeros until events arrive)")
    public ProgramTables.Tables program(@PathParam("cycleId") UUID cycleId) {
        caller.requireSchool();
        return tables.of(cycleId);
    }
}
