package io.deltashare.notification.preference.rest;

import io.deltashare.notification.notice.domain.Kind;
import io.deltashare.notification.preference.persistence.MutedKinds;
import io.deltashare.platform.decision.Rejected;
import io.deltashare.platform.security.CurrentCaller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's own switches: which kinds of notification they receive by e-mail. Every kind is on until turned off;
 * turning one off stops e-mails of notices addressed from then on. Anyone signed in, for themselves only.
 */
@Path("/api/v1/notification-preferences/me")
@Tag(name = "Notification preferences", description = "Which kinds of e-mail the signed-in person receives")
public class PreferenceResource {

    /** One kind of notification and whether the caller receives it. */
    @Schema(examples = "{\"kind\":\"BOOKING_REMINDER\",\"on\":false}")
    public record Setting(Kind kind, boolean on) {}

    /** Every kind of notification, and the caller's switch for each. */
    public record Settings(List<Setting> kinds) {}

    /** Turns a kind on or off. */
    @Schema(examples = "{\"on\":false}")
    public record Switch(@NotNull Boolean on) {}

    private final MutedKinds muted;
    private final CurrentCaller caller;
    private final Clock clock;

    PreferenceResource(MutedKinds muted, CurrentCaller caller, Clock clock) {
        this.muted = muted;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @Operation(operationId = "getMyNotificationPreferences", summary = "Which kinds of e-mail I receive")
    public Settings mine() {
        Set<Kind> off = muted.of(me());
        return new Settings(Arrays.stream(Kind.values())
                .map(kind -> new Setting(kind, !off.contains(kind)))
                .toList());
    }

    @PUT
    @Path("/{kind}")
    @Operation(
            operationId = "setMyNotificationPreference",
            summary = "Turns one kind of e-mail on or off for me; saying the same twice changes nothing")
    @APIResponse(
            responseCode = "200",
            description = "The kind and whether the caller now receives it",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Setting.class)))
    @APIResponse(responseCode = "404", description = "No kind of notification of that name")
    public Setting set(
            @Parameter(description = "the kind, e.g. BOOKING_REMINDER (see GET)", example = "BOOKING_REMINDER")
                    @PathParam("kind")
                    String kind,
            @Valid @NotNull Switch to) {
        Kind named = Kind.named(kind);
        if (named == null) {
            throw Rejected.notFound("kind of notification " + kind);
        }
        muted.set(me(), named, to.on(), clock.instant());
        return new Setting(named, to.on());
    }

    private UUID me() {
        return UUID.fromString(caller.get().subject());
    }
}
