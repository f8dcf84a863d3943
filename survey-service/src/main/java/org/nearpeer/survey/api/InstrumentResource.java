package org.nearpeer.survey.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nearpeer.http.paging.Page;
import org.nearpeer.http.paging.PageRequest;
import org.nearpeer.survey.application.InstrumentQueries;
import org.nearpeer.tenancy.CurrentCaller;
import org.nearpeer.tenancy.Roles;

@Path("/api/v1/instruments")
@Tag(name = "Instruments", description = "Versioned evaluation questionnaires")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.COORDINATOR)
public class InstrumentResource {

    private final InstrumentQueries instruments;
    private final CurrentCaller caller;

    public InstrumentResource(InstrumentQueries instruments, CurrentCaller caller) {
        this.instruments = instruments;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "List instruments", description = "The caller's school's instruments, by name, newest version first.")
    @APIResponse(responseCode = "200", description = "One page of instruments")
    public Page<InstrumentResponse> list(@Valid @BeanParam PageRequest page) {
        return instruments.list(caller.requireSchool(), page).map(InstrumentResponse::of);
    }
}
