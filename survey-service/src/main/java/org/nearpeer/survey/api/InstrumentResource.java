package org.nearpeer.survey.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nearpeer.events.survey.ItemDefinition;
import org.nearpeer.http.paging.Page;
import org.nearpeer.http.paging.PageRequest;
import org.nearpeer.http.problem.Problem;
import org.nearpeer.survey.application.InstrumentService;
import org.nearpeer.survey.domain.DefaultInstrument;
import org.nearpeer.tenancy.CurrentCaller;
import org.nearpeer.tenancy.Roles;

@Path("/api/v1/instruments")
@Tag(name = "Instruments", description = "Versioned evaluation questionnaires; a published version never changes")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.COORDINATOR)
public class InstrumentResource {

    private final InstrumentService instruments;
    private final CurrentCaller caller;

    public InstrumentResource(InstrumentService instruments, CurrentCaller caller) {
        this.instruments = instruments;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "List instruments", description = "The caller's school's instruments, by name, newest version first.")
    @APIResponse(responseCode = "200", description = "One page of instruments")
    public Page<InstrumentResponse> list(@Valid @BeanParam PageRequest page) {
        return instruments.list(caller.requireSchool(), page).map(InstrumentResponse::of);
    }

    @GET
    @Path("/templates/default")
    @Operation(summary = "The built-in questionnaire", description = "Meeting habits, three satisfaction items (1–5), purposes by role, "
            + "the mentor's roles (up to 3) and three open questions.")
    @APIResponse(responseCode = "200", description = "Its items")
    public List<ItemDefinition> defaultTemplate() {
        caller.requireSchool();
        return DefaultInstrument.items();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a draft", description = "The next version of the name; without items, a copy of the built-in questionnaire.")
    @APIResponse(responseCode = "201", description = "Draft created", content = @Content(schema = @Schema(implementation = InstrumentResponse.class)))
    @APIResponse(responseCode = "422", description = "Item definitions that do not make an instrument",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@NotNull @Valid InstrumentRequest request) {
        var instrument = instruments.create(caller.requireSchool(), request.name(), request.description(), request.items());
        return Response.created(URI.create("/api/v1/instruments/" + instrument.id())).entity(InstrumentResponse.of(instrument)).build();
    }

    @GET
    @Path("/{instrumentId}")
    @Operation(summary = "Get an instrument version")
    @APIResponse(responseCode = "200", description = "The instrument", content = @Content(schema = @Schema(implementation = InstrumentResponse.class)))
    @APIResponse(responseCode = "404", description = "Not found", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public InstrumentResponse get(@PathParam("instrumentId") UUID instrumentId) {
        return InstrumentResponse.of(instruments.get(caller.requireSchool(), instrumentId));
    }

    @PUT
    @Path("/{instrumentId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Edit a draft")
    @APIResponse(responseCode = "200", description = "The edited draft", content = @Content(schema = @Schema(implementation = InstrumentResponse.class)))
    @APIResponse(responseCode = "409", description = "Published versions are immutable", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public InstrumentResponse revise(@PathParam("instrumentId") UUID instrumentId, @NotNull @Valid InstrumentRequest request) {
        return InstrumentResponse.of(instruments.revise(caller.requireSchool(), instrumentId, request.description(),
                request.items() == null ? List.of() : request.items()));
    }

    @POST
    @Path("/{instrumentId}/publication")
    @Operation(summary = "Publish a draft", description = "From now on the version is immutable and can be used in campaigns.")
    @APIResponse(responseCode = "200", description = "Published", content = @Content(schema = @Schema(implementation = InstrumentResponse.class)))
    @APIResponse(responseCode = "409", description = "Already published", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public InstrumentResponse publish(@PathParam("instrumentId") UUID instrumentId) {
        return InstrumentResponse.of(instruments.publish(caller.requireSchool(), instrumentId));
    }
}
