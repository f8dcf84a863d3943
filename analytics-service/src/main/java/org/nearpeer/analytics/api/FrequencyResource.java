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
import org.nearpeer.analytics.application.ChoiceTable;
import org.nearpeer.tenancy.CurrentCaller;
import org.nearpeer.tenancy.Roles;

@Path("/api/v1/cycles/{cycleId}/frequencies")
@Tag(name = "Statistics", description = "Live program-evaluation figures")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.COORDINATOR)
public class FrequencyResource {

    private final ChoiceTable table;
    private final CurrentCaller caller;

    public FrequencyResource(ChoiceTable table, CurrentCaller caller) {
        this.table = table;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Frequency tables by role", description = "Per choice item (meetings, methods, hours, locations, purposes, the mentor's "
            + "roles) and option: how many mentors and mentees chose it and the percentage of that role's respondents (several answers allowed).")
    @APIResponse(responseCode = "200", description = "One table per choice item")
    public List<ChoiceTable.ItemTable> frequencies(@PathParam("cycleId") UUID cycleId) {
        caller.requireSchool();
        return table.of(cycleId);
    }
}
