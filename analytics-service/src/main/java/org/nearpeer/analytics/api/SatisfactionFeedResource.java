package org.nearpeer.analytics.api;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nearpeer.analytics.application.SatisfactionFeed;
import org.nearpeer.analytics.application.SatisfactionFeed.FeedPage;
import org.nearpeer.analytics.application.SatisfactionFeed.FeedRow;
import org.nearpeer.http.problem.Problem;
import org.nearpeer.tenancy.CurrentCaller;
import org.nearpeer.tenancy.Roles;
import org.nearpeer.tenancy.SchoolContext;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

@Path("/api/v1/feeds/satisfaction")
@Tag(name = "Research feeds", description = "Aggregates for institutional research, incremental and small-cell suppressed")
@RolesAllowed({Roles.RESEARCHER, Roles.COORDINATOR})
public class SatisfactionFeedResource {

    static final String CSV = "text/csv";
    static final String NEXT_CURSOR = "Nearpeer-Next-Cursor";
    private static final String[] CSV_HEADER = {"school", "cycleId", "semester", "itemId", "role", "n", "mean", "sd", "median", "d1", "d2", "d3",
            "d4", "d5", "suppressed", "u", "pExact", "pAsymptotic", "pAsymptoticCorrected"};

    private final SatisfactionFeed feed;
    private final CurrentCaller caller;
    private final ObjectMapper json;

    public SatisfactionFeedResource(SatisfactionFeed feed, CurrentCaller caller, ObjectMapper json) {
        this.feed = feed;
        this.caller = caller;
        this.json = json;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(summary = "Satisfaction aggregates feed", description = """
            One row per school × cycle × Likert item × role: n, mean, sd (n−1), median, distribution (counts of 1..5), and the \
            item's Mann-Whitney comparison of mentors and mentees (u = the mentors' U; pExact = exact conditional two-sided p with \
            ties; pAsymptotic / pAsymptoticCorrected = normal approximation with tie correction, without / with continuity correction). \
            Rows come in change order; pass the returned cursor (body `nextCursor` or header `Nearpeer-Next-Cursor`) to get only \
            what changed since. Researchers and the IR service account read all schools, suppressed: a group below the school's \
            threshold (default 10) is withheld, a group with any count of 1..threshold−1 has its whole distribution withheld, and a \
            comparison is shared only when both distributions are; `suppressed` marks a row with anything withheld. Coordinators \
            read their own school, unsuppressed. JSON or CSV (`format` or `Accept`); `ETag` / `If-None-Match` answer 304 when \
            nothing changed.""")
    @APIResponse(responseCode = "200", description = "A page of rows", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedPage.class), examples = @ExampleObject(
                    name = "one item", value = """
                            {"rows":[{"school":"north-valley","cycleId":"6f1c2d9e-8a53-4c1e-9d43-2b6a0d6c1a11","semester":"2017-fall",\
                            "itemId":"program_appropriate","role":"MENTOR","n":12,"mean":3.75,"sd":0.9653072991634,"median":4.0,\
                            "distribution":[0,1,4,4,3],"suppressed":false,"u":84.5,"pExact":0.5213,"pAsymptotic":0.5123,\
                            "pAsymptoticCorrected":0.5301}],"nextCursor":"MTIzfDZmMWMyZDllLTh...","hasMore":false}""")),
            @Content(mediaType = CSV, examples = @ExampleObject(name = "csv", value = """
                    school,cycleId,semester,itemId,role,n,mean,sd,median,d1,d2,d3,d4,d5,suppressed,u,pExact,pAsymptotic,pAsymptoticCorrected
                    north-valley,6f1c2d9e-8a53-4c1e-9d43-2b6a0d6c1a11,2017-fall,program_appropriate,MENTOR,12,3.75,0.96,4.0,0,1,4,4,3,false,84.5,0.52,0.51,0.53
                    """))})
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag given in If-None-Match")
    @APIResponse(responseCode = "400", description = "A cursor this feed did not issue, or an invalid parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "A coordinator asked for another school",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response rows(
            @Parameter(description = "Where the previous page ended; omit to start from the beginning") @QueryParam("cursor") @Size(max = 200) String cursor,
            @Parameter(description = "Only this school") @QueryParam("school") @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,62}") String school,
            @Parameter(description = "Only this semester, e.g. 2017-fall") @QueryParam("semester") @Pattern(regexp = "\\d{4}-(spring|summer|fall|winter)") String semester,
            @Parameter(description = "Items per page (two rows each)") @QueryParam("limit") @DefaultValue("500") @Min(1) @Max(SatisfactionFeed.MAX_PAGE) int limit,
            @Parameter(description = "json or csv; overrides Accept") @QueryParam("format") @Pattern(regexp = "json|csv") String format,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch, @jakarta.ws.rs.core.Context HttpHeaders headers,
            @jakarta.ws.rs.core.Context UriInfo uri) {
        FeedPage page;
        if (caller.hasRole(Roles.RESEARCHER)) {
            page = SchoolContext.callAcrossSchools(() -> feed.page(cursor, school, semester, limit, null));
        } else {
            String own = school == null ? caller.requireSchool() : caller.requireSameSchool(school);
            page = feed.page(cursor, own, semester, limit, own);
        }
        boolean csv = format != null ? format.equals("csv")
                : headers.getAcceptableMediaTypes().stream().anyMatch(t -> t.isCompatible(MediaType.valueOf(CSV)) && !t.isWildcardType());
        byte[] body = csv ? csv(page) : json(page);
        String etag = "\"" + sha256(body) + "\"";
        Response.ResponseBuilder response = etag.equals(ifNoneMatch) ? Response.notModified() : Response.ok(body, csv ? CSV + ";charset=utf-8"
                : MediaType.APPLICATION_JSON);
        return response.tag(new jakarta.ws.rs.core.EntityTag(etag.substring(1, etag.length() - 1))).header("Cache-Control", "no-cache")
                .header(NEXT_CURSOR, page.nextCursor())
                .link(uri.getRequestUriBuilder().replaceQueryParam("cursor", page.nextCursor()).build(), "next").build();
    }

    private byte[] json(FeedPage page) {
        try {
            return json.writeValueAsBytes(page);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] csv(FeedPage page) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(CSV_HEADER).get().print(out)) {
            for (FeedRow r : page.rows()) {
                long[] d = r.distribution();
                printer.printRecord(r.school(), r.cycleId(), r.semester(), r.itemId(), r.role(), r.n(), r.mean(), r.sd(), r.median(),
                        d == null ? null : d[0], d == null ? null : d[1], d == null ? null : d[2], d == null ? null : d[3],
                        d == null ? null : d[4], r.suppressed(), r.u(), r.pExact(), r.pAsymptotic(), r.pAsymptoticCorrected());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
