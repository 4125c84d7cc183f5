package io.deltashare.insight.assessment.rest;

import io.deltashare.contracts.money.Money;
import io.deltashare.insight.assessment.application.AssessmentViews.AllocationView;
import io.deltashare.insight.assessment.application.AssessmentViews.AssessmentView;
import io.deltashare.insight.assessment.application.AssessmentViews.SchemeView;
import io.deltashare.insight.assessment.application.AssessmentViews.ScoreView;
import io.deltashare.insight.assessment.application.Assessments;
import io.deltashare.insight.assessment.domain.Criterion;
import io.deltashare.insight.assessment.domain.Indicator;
import io.deltashare.insight.assessment.domain.Scheme;
import io.deltashare.platform.decision.Rejected;
import io.deltashare.platform.decision.Violation;
import io.deltashare.platform.idempotency.IdempotentRequests;
import io.deltashare.platform.rest.Cursor;
import io.deltashare.platform.rest.Page;
import io.deltashare.platform.rest.PageQuery;
import io.deltashare.platform.rest.QueryParams;
import io.deltashare.platform.security.Caller;
import io.deltashare.platform.security.CurrentCaller;
import io.deltashare.platform.security.Roles;
import io.deltashare.platform.time.Clocks;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Annual assessment (绩效考核) and subsidies (后补助): a province's bureau defines a scheme for its providers, has
 * them scored, shares a budget by score and approves it; settlement posts and pays it. The bureau of the region and
 * the admin only.
 */
@Tag(name = "Assessment", description = "Annual assessment of providers (绩效考核) and subsidy allocation")
@Path("/api/v1")
@RolesAllowed({Roles.BUREAU, Roles.ADMIN})
public class AssessmentResource {

    /** One criterion of a new scheme. */
    public record NewCriterion(
            @NotNull @Size(max = 40) @Schema(description = "one of the Indicator values")
            String indicator,

            @NotNull Integer weight,

            @NotNull @Size(max = 20) @Schema(description = "a decimal")
            String threshold,

            @NotNull @Size(max = 20) @Schema(description = "a decimal")
            String target) {}

    /** A new scheme: without {@code criteria}, the documented default (service to industry first). */
    @Schema(
            examples = "{\"year\":2026,\"name\":\"2026年度江苏省大型科学仪器开放共享绩效考核\",\"criteria\":["
                    + "{\"indicator\":\"ENTERPRISE_HOURS\",\"weight\":40,\"threshold\":\"0\",\"target\":\"400\"},"
                    + "{\"indicator\":\"CROSS_REGION_REVENUE\",\"weight\":30,\"threshold\":\"0\",\"target\":\"100000\"},"
                    + "{\"indicator\":\"RATING\",\"weight\":30,\"threshold\":\"3\",\"target\":\"5\"}],"
                    + "\"minimumScore\":\"20\"}")
    public record NewScheme(
            @Schema(nullable = true, description = "ISO 3166-2; default the bureau's own (the admin must name one)")
            @Size(max = 10)
            String region,

            @Schema(nullable = true, description = "the year assessed; default this year")
            Integer year,

            @Schema(nullable = true) @Size(max = 200) String name,

            @Schema(nullable = true, description = "1 to 8 criteria, weights adding up to 100")
            @Size(max = Scheme.MOST_CRITERIA)
            List<@Valid @NotNull NewCriterion> criteria,

            @Schema(nullable = true, description = "0 to 100; default 20") @Size(max = 10)
            String minimumScore) {}

    /** The budget to share. */
    @Schema(examples = "{\"budget\":{\"amount\":\"1000000.00\",\"currency\":\"CNY\"}}")
    public record NewAllocation(@NotNull Money budget) {}

    private final Assessments assessments;
    private final CurrentCaller caller;
    private final IdempotentRequests idempotency;
    private final Clock clock;

    AssessmentResource(Assessments assessments, CurrentCaller caller, IdempotentRequests idempotency, Clock clock) {
        this.assessments = assessments;
        this.caller = caller;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    @POST
    @Path("/assessment-schemes")
    @Operation(operationId = "defineAssessmentScheme", summary = "Define how the region's providers are assessed")
    @APIResponse(
            responseCode = "201",
            description = "Defined",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SchemeView.class)))
    public Response define(
            @Valid @NotNull NewScheme request,
            @HeaderParam(IdempotentRequests.HEADER) String key,
            @Context UriInfo uri) {
        Caller who = caller.get();
        String region = request.region() != null
                ? QueryParams.region(request.region()).code()
                : who.region().orElseThrow(() -> Rejected.invalid("region", "name the region to assess"));
        int thisYear = LocalDate.now(clock.withZone(Clocks.SHANGHAI)).getYear();
        int year = request.year() == null ? thisYear : request.year();
        if (year < 2000 || year > thisYear) {
            throw Rejected.invalid("year", "must be a year from 2000 to " + thisYear);
        }
        Scheme scheme = scheme(request);
        String name = request.name() == null || request.name().isBlank()
                ? region + " " + year + " provider assessment"
                : request.name().strip();
        return idempotency.execute(key, "POST /api/v1/assessment-schemes", request, () -> {
            SchemeView defined = assessments.define(region, year, name, scheme, who);
            return Response.created(uri.getAbsolutePathBuilder()
                            .path(defined.id().toString())
                            .build())
                    .entity(defined)
                    .build();
        });
    }

    @GET
    @Path("/assessment-schemes")
    @Operation(operationId = "listAssessmentSchemes", summary = "The schemes of the bureau's region, newest first")
    public RestResponse<Page<SchemeView>> schemes(
            @Parameter(description = "the admin's filter; a bureau sees its own region's") @QueryParam("region")
                    String region,
            @BeanParam PageQuery paging,
            @Context UriInfo uri) {
        Cursor after = paging.after();
        int size = paging.size();
        List<SchemeView> page = assessments.schemes(
                QueryParams.region(region) == null
                        ? null
                        : QueryParams.region(region).code(),
                after == null ? null : after.at(),
                after == null ? null : after.id(),
                size,
                caller.get());
        return Page.of(page, size, s -> new Cursor(s.createdAt(), s.id()), uri).toResponse();
    }

    @GET
    @Path("/assessment-schemes/{id}")
    @Operation(operationId = "getAssessmentScheme", summary = "One scheme")
    public SchemeView scheme(@PathParam("id") String id) {
        return assessments.scheme(QueryParams.uuid("id", id), caller.get());
    }

    @POST
    @Path("/assessment-schemes/{id}/assessments")
    @Operation(
            operationId = "assessProviders",
            summary = "Score every provider of the scheme's region for its year",
            description = "From each provider's report as the facts stand; at most"
                    + " `insight.assessment-max-providers` (5,000) providers, else 422.")
    @APIResponse(
            responseCode = "201",
            description = "Scored; the scores are at the assessment's `scores`",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AssessmentView.class)))
    public Response assess(
            @PathParam("id") String id, @HeaderParam(IdempotentRequests.HEADER) String key, @Context UriInfo uri) {
        UUID scheme = QueryParams.uuid("id", id);
        return idempotency.execute(key, "POST /api/v1/assessment-schemes/" + scheme + "/assessments", null, () -> {
            AssessmentView assessment = assessments.assess(scheme, caller.get());
            return Response.created(uri.getBaseUriBuilder()
                            .path("/api/v1/assessments/" + assessment.id())
                            .build())
                    .entity(assessment)
                    .build();
        });
    }

    @GET
    @Path("/assessment-schemes/{id}/assessments")
    @Operation(operationId = "listAssessments", summary = "The scheme's assessments, newest first")
    public RestResponse<Page<AssessmentView>> assessmentsOf(
            @PathParam("id") String id, @BeanParam PageQuery paging, @Context UriInfo uri) {
        Cursor after = paging.after();
        int size = paging.size();
        List<AssessmentView> page = assessments.assessmentsOf(
                QueryParams.uuid("id", id),
                after == null ? null : after.at(),
                after == null ? null : after.id(),
                size,
                caller.get());
        return Page.of(page, size, a -> new Cursor(a.computedAt(), a.id()), uri).toResponse();
    }

    @GET
    @Path("/assessments/{id}")
    @Operation(operationId = "getAssessment", summary = "One assessment")
    public AssessmentView assessment(@PathParam("id") String id) {
        return assessments.assessment(QueryParams.uuid("id", id), caller.get());
    }

    @GET
    @Path("/assessments/{id}/scores")
    @Operation(
            operationId = "listAssessmentScores",
            summary = "The providers' scores, highest first, with the inputs each was computed from")
    public RestResponse<Page<ScoreView>> scores(
            @PathParam("id") String id,
            @Parameter(description = "the rank the previous page ended with") @QueryParam("cursor") String cursor,
            @Parameter(
                            description = "page size, 1 to 100 (default 20)",
                            schema =
                                    @Schema(
                                            type =
                                                    org.eclipse.microprofile.openapi.annotations.enums.SchemaType
                                                            .INTEGER,
                                            minimum = "1",
                                            maximum = "100",
                                            defaultValue = "20"))
                    @QueryParam("limit")
                    String limit,
            @Context UriInfo uri) {
        int size = QueryParams.pageSize(limit, PageQuery.DEFAULT_SIZE, PageQuery.LARGEST_SIZE);
        int after = rank(cursor);
        List<ScoreView> page = assessments.scores(QueryParams.uuid("id", id), after, size, caller.get());
        String next = page.size() < size
                ? null
                : String.valueOf(page.get(page.size() - 1).rank());
        return Page.of(page, next, uri).toResponse();
    }

    @POST
    @Path("/assessments/{id}/allocations")
    @Operation(
            operationId = "allocateSubsidies",
            summary = "Share a subsidy budget by score",
            description = "Providers whose score reaches the scheme's minimum share the budget in proportion to their"
                    + " scores, floored to the fen; the fen left over go one each to the largest remainders (ties:"
                    + " the higher score, then the provider id). The lines add up to the budget exactly. A proposal"
                    + " until approved.")
    @APIResponse(
            responseCode = "201",
            description = "Proposed",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AllocationView.class)))
    public Response allocate(
            @PathParam("id") String id,
            @Valid @NotNull NewAllocation request,
            @HeaderParam(IdempotentRequests.HEADER) String key,
            @Context UriInfo uri) {
        UUID assessment = QueryParams.uuid("id", id);
        return idempotency.execute(key, "POST /api/v1/assessments/" + assessment + "/allocations", request, () -> {
            AllocationView allocation = assessments.allocate(assessment, request.budget(), caller.get());
            return Response.created(uri.getBaseUriBuilder()
                            .path("/api/v1/subsidy-allocations/" + allocation.id())
                            .build())
                    .entity(allocation)
                    .build();
        });
    }

    @GET
    @Path("/subsidy-allocations/{id}")
    @Operation(
            operationId = "getSubsidyAllocation",
            summary = "One allocation with its lines (one per provider that shares, at most one per provider scored)")
    public AllocationView allocation(@PathParam("id") String id) {
        return assessments.allocation(QueryParams.uuid("id", id), caller.get());
    }

    @POST
    @Path("/subsidy-allocations/{id}/approval")
    @Operation(
            operationId = "approveSubsidyAllocation",
            summary = "The region's bureau approves: it owes each provider its line, and settlement posts it")
    public AllocationView approve(@PathParam("id") String id) {
        return assessments.approve(QueryParams.uuid("id", id), caller.get());
    }

    private static Scheme scheme(NewScheme request) {
        BigDecimal minimum = request.minimumScore() == null
                ? Scheme.DEFAULT.minimumScore()
                : decimal("minimumScore", request.minimumScore());
        if (request.criteria() == null) {
            return new Scheme(Scheme.DEFAULT.criteria(), minimum);
        }
        List<Violation> wrong = new ArrayList<>();
        List<Criterion> criteria = new ArrayList<>();
        for (int i = 0; i < request.criteria().size(); i++) {
            NewCriterion c = request.criteria().get(i);
            String field = "criteria[" + i + "]";
            Indicator indicator = null;
            try {
                indicator = Indicator.valueOf(c.indicator().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                wrong.add(new Violation(
                        field + ".indicator", "is one of " + java.util.Arrays.toString(Indicator.values())));
            }
            BigDecimal threshold = decimalOrNull(c.threshold());
            BigDecimal target = decimalOrNull(c.target());
            if (threshold == null) {
                wrong.add(new Violation(field + ".threshold", "must be a decimal such as 0.10"));
            }
            if (target == null) {
                wrong.add(new Violation(field + ".target", "must be a decimal such as 500"));
            }
            if (indicator != null && threshold != null && target != null) {
                criteria.add(new Criterion(indicator, c.weight(), threshold, target));
            }
        }
        if (!wrong.isEmpty()) {
            throw Rejected.invalid(wrong);
        }
        return new Scheme(criteria, minimum);
    }

    private static BigDecimal decimal(String field, String value) {
        BigDecimal parsed = decimalOrNull(value);
        if (parsed == null) {
            throw Rejected.invalid(field, "must be a decimal such as 20");
        }
        return parsed;
    }

    private static BigDecimal decimalOrNull(String value) {
        try {
            BigDecimal parsed = new BigDecimal(value.strip());
            return parsed.abs().compareTo(new BigDecimal("1000000000000")) < 0 && parsed.scale() <= 4 ? parsed : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int rank(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            int rank = Integer.parseInt(cursor.strip());
            if (rank >= 0) {
                return rank;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw Rejected.invalid("cursor", "is the rank the previous page ended with");
    }
}
