package io.deltashare.instrumentcatalog.instrument.application;

import io.deltashare.contracts.catalog.InstrumentSnapshot;
import io.deltashare.contracts.catalog.LocalizedText;
import io.deltashare.contracts.catalog.OpeningHours;
import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.money.Money;
import io.deltashare.instrumentcatalog.instrument.domain.Instrument;
import io.deltashare.instrumentcatalog.provider.domain.Provider;
import io.deltashare.instrumentcatalog.rating.application.RatingSummary;
import io.deltashare.instrumentcatalog.search.application.WrittenOnce;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An instrument as the API shows it, with its provider's region and city. The API's own type: the event contract
 * ({@code InstrumentSnapshot}) may change without it, and it without the events.
 */
@WrittenOnce
public record InstrumentView(
        UUID id,
        UUID providerId,
        UUID providerOrganizationId,
        Region providerRegion,
        String city,
        LocalizedText name,
        LocalizedText description,
        String category,
        String manufacturer,
        String model,
        Money originalValue,
        String location,
        String bookingMode,
        Money academicPrice,
        Money enterprisePrice,
        boolean voucherEligible,
        List<Window> openingHours,
        int minDurationMinutes,
        int maxDurationMinutes,
        int leadTimeHours,
        boolean approvalRequired,
        String status,

        @Schema(
                nullable = true,
                description = "why the last review refused the listing or its change; provider staff and admin only")
        String reviewNote,

        @Schema(
                nullable = true,
                description = "a change of the live listing that waits for review; provider staff and admin only")
        InstrumentView pendingRevision,

        @Schema(description = "what firms said of it (用户评价): count and average marks")
        RatingSummary ratings,

        long version) {

    /** This view with {@code summary} as its ratings. */
    public InstrumentView rated(RatingSummary summary) {
        return new InstrumentView(
                id,
                providerId,
                providerOrganizationId,
                providerRegion,
                city,
                name,
                description,
                category,
                manufacturer,
                model,
                originalValue,
                location,
                bookingMode,
                academicPrice,
                enterprisePrice,
                voucherEligible,
                openingHours,
                minDurationMinutes,
                maxDurationMinutes,
                leadTimeHours,
                approvalRequired,
                status,
                reviewNote,
                pendingRevision,
                summary,
                version);
    }

    /** A weekly opening window, local time in Asia/Shanghai: {@code {"day":"MONDAY","from":"08:30","to":"17:00"}}. */
    @Schema(name = "InstrumentOpeningWindow")
    public record Window(String day, String from, String to) {}

    /** The instrument as anyone may see it, without what waits for review. */
    static InstrumentView of(Instrument instrument, Provider provider) {
        return of(instrument.listing(), instrument, provider, null, null);
    }

    /** The instrument as its provider's staff and the admin see it: with the review's note and a pending change. */
    static InstrumentView withReview(Instrument instrument, Provider provider) {
        return of(
                instrument.listing(),
                instrument,
                provider,
                instrument.reviewNote(),
                instrument.pending() == null ? null : of(instrument.pending(), instrument, provider, null, null));
    }

    private static InstrumentView of(
            Instrument.Listing l, Instrument instrument, Provider provider, String reviewNote, InstrumentView pending) {
        return new InstrumentView(
                instrument.id(),
                provider.id(),
                provider.organizationId(),
                provider.profile().region(),
                provider.profile().city(),
                l.name(),
                l.description(),
                l.category(),
                l.manufacturer(),
                l.model(),
                Money.ofFen(l.originalValueFen()),
                l.location(),
                l.bookingMode().name(),
                Money.ofFen(l.academicPriceFen()),
                Money.ofFen(l.enterprisePriceFen()),
                l.voucherEligible(),
                new OpeningHours(l.openingHours())
                        .windows().stream()
                                .map(w -> new Window(w.day().name(), w.from().toString(), w.to().toString()))
                                .toList(),
                l.minDurationMinutes(),
                l.maxDurationMinutes(),
                l.leadTimeHours(),
                l.approvalRequired(),
                instrument.status().name(),
                reviewNote,
                pending,
                RatingSummary.NONE,
                instrument.version());
    }

    /** The instrument as the other services are told of it. */
    static InstrumentSnapshot snapshot(Instrument instrument, Provider provider) {
        Instrument.Listing l = instrument.listing();
        return new InstrumentSnapshot(
                instrument.id(),
                provider.id(),
                provider.organizationId(),
                provider.profile().region(),
                provider.profile().city(),
                l.name(),
                l.description(),
                l.category(),
                l.manufacturer(),
                l.model(),
                Money.ofFen(l.originalValueFen()),
                l.location(),
                l.bookingMode().name(),
                Money.ofFen(l.academicPriceFen()),
                Money.ofFen(l.enterprisePriceFen()),
                l.voucherEligible(),
                new OpeningHours(l.openingHours()).published(),
                l.minDurationMinutes(),
                l.maxDurationMinutes(),
                l.leadTimeHours(),
                l.approvalRequired(),
                instrument.status().name(),
                instrument.version());
    }
}
