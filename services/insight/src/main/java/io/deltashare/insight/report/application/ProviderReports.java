package io.deltashare.insight.report.application;

import io.deltashare.contracts.catalog.LocalizedText;
import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.money.Money;
import io.deltashare.insight.InsightConfig;
import io.deltashare.insight.report.domain.OpenHours;
import io.deltashare.insight.report.persistence.ReportQueries;
import io.deltashare.insight.report.persistence.ReportQueries.Listing;
import io.deltashare.insight.report.persistence.ReportQueries.Rated;
import io.deltashare.insight.report.persistence.ReportQueries.Usage;
import io.deltashare.platform.decision.Rejected;
import io.deltashare.platform.security.Caller;
import io.deltashare.platform.time.Clocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Provider reports: for the provider's own staff, the bureau of its province, and the platform admin; anyone else
 * learns nothing, not even that the provider exists (404).
 */
@ApplicationScoped
public class ProviderReports {

    private final ReportQueries queries;
    private final Clock clock;
    private final List<String> delta;
    private final int maxInstruments;

    ProviderReports(ReportQueries queries, Clock clock, InsightConfig config) {
        this.queries = queries;
        this.clock = clock;
        this.delta = List.copyOf(config.deltaRegions());
        this.maxInstruments = config.reportMaxListings();
    }

    /** The report of {@code providerId} for calendar year {@code year}, if {@code caller} may read it. */
    @Transactional
    public ProviderReport of(UUID providerId, int year, Caller caller) {
        ReportQueries.Provider provider = queries.provider(providerId)
                .filter(p -> caller.isAdmin()
                        || caller.isStaffOfProvider(p.organizationId())
                        || caller.isBureauOf(p.region()))
                .orElseThrow(() -> Rejected.notFound("provider " + providerId));
        if (queries.listingCount(providerId) > maxInstruments) {
            throw Rejected.unprocessable(
                    "report-too-large",
                    "the provider lists more than " + maxInstruments + " instruments and services, more than one"
                            + " report holds (insight.report-max-listings)");
        }
        return compute(provider, year);
    }

    /** The report of a provider the caller was already found to see (an assessment of the bureau's providers). */
    @Transactional(Transactional.TxType.MANDATORY)
    public ProviderReport compute(ReportQueries.Provider provider, int year) {
        LocalDate today = LocalDate.now(clock.withZone(Clocks.SHANGHAI));
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        if (today.isBefore(last)) {
            last = today.isBefore(first) ? first.minusDays(1) : today;
        }
        Instant from = first.atStartOfDay(Clocks.SHANGHAI).toInstant();
        Instant until =
                LocalDate.of(year + 1, 1, 1).atStartOfDay(Clocks.SHANGHAI).toInstant();
        List<Listing> instruments = queries.instruments(provider.id(), until);
        Map<UUID, Usage> usage = queries.usage(provider.id(), from, until);
        Map<Optional<UUID>, Rated> ratings = queries.ratings(provider.id(), from, until);

        List<ProviderReport.InstrumentLine> lines = new ArrayList<>();
        BigDecimal open = zero();
        for (Listing instrument : instruments) {
            BigDecimal hours = OpenHours.between(
                    instrument.openingMinutes(),
                    max(first, day(instrument.listedAt())),
                    min(last, dayBefore(instrument.withdrawnAt())));
            open = open.add(hours);
            Usage used = usage.getOrDefault(instrument.id(), none(instrument.id()));
            lines.add(new ProviderReport.InstrumentLine(
                    instrument.id(),
                    new LocalizedText(instrument.nameZh(), instrument.nameEn()),
                    instrument.category(),
                    Money.ofFen(instrument.originalValueFen()),
                    hours.toPlainString(),
                    used.bookedHours().toPlainString(),
                    used.usedHours().toPlainString(),
                    OpenHours.share(used.usedHours(), hours),
                    used.bookings(),
                    used.completed(),
                    used.samples(),
                    used.cancellations(),
                    used.noShows(),
                    ratings(ratings.get(Optional.of(instrument.id())))));
        }
        ReportQueries.Served served = queries.served(provider.id(), from, until, delta);
        ReportQueries.Orders orders = queries.orders(provider.id(), from, until);
        BigDecimal used = sum(usage.values().stream().map(Usage::usedHours).toList());
        BigDecimal organizations = BigDecimal.valueOf(served.organizations());
        ProviderReport.Summary summary = new ProviderReport.Summary(
                instruments.size(),
                open.toPlainString(),
                sum(usage.values().stream().map(Usage::bookedHours).toList()).toPlainString(),
                used.toPlainString(),
                OpenHours.share(used, open),
                sum(usage.values().stream().map(Usage::enterpriseHours).toList())
                        .toPlainString(),
                usage.values().stream().mapToLong(Usage::bookings).sum(),
                usage.values().stream().mapToLong(Usage::completed).sum(),
                usage.values().stream().mapToLong(Usage::samples).sum(),
                usage.values().stream().mapToLong(Usage::cancellations).sum(),
                usage.values().stream().mapToLong(Usage::noShows).sum(),
                usage.values().stream().mapToLong(Usage::rejections).sum(),
                served.organizations(),
                served.firms(),
                served.groups(),
                OpenHours.share(BigDecimal.valueOf(served.firms()), organizations),
                OpenHours.share(BigDecimal.valueOf(served.fromDelta()), organizations),
                orders.placed(),
                orders.completed(),
                Money.ofFen(usage.values().stream().mapToLong(Usage::revenueFen).sum() + orders.acceptedFen()),
                Money.ofFen(usage.values().stream()
                                .mapToLong(Usage::crossRegionRevenueFen)
                                .sum()
                        + orders.crossRegionAcceptedFen()),
                queries.averageResponseSeconds(provider.id(), from, until)
                        .map(seconds -> BigDecimal.valueOf(seconds)
                                .divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP)
                                .toPlainString())
                        .orElse(null),
                ratings(ratings.get(Optional.<UUID>empty())));
        return new ProviderReport(
                provider.id(),
                new LocalizedText(provider.nameZh(), provider.nameEn()),
                Region.ofCode(provider.region()),
                provider.type(),
                year,
                first,
                last,
                summary,
                lines,
                clock.instant());
    }

    private static ProviderReport.Ratings ratings(Rated rated) {
        if (rated == null) {
            return new ProviderReport.Ratings(0, null, null, null);
        }
        return new ProviderReport.Ratings(
                rated.ratings(), average(rated.quality()), average(rated.timeliness()), average(rated.service()));
    }

    private static String average(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static Usage none(UUID instrument) {
        return new Usage(instrument, 0, 0, zero(), zero(), zero(), 0, 0, 0, 0, 0, 0);
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(zero(), BigDecimal::add);
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }

    private static LocalDate day(Instant instant) {
        return instant == null ? LocalDate.MIN : LocalDate.ofInstant(instant, Clocks.SHANGHAI);
    }

    /** The last day an instrument withdrawn at {@code instant} was open: the day before. */
    private static LocalDate dayBefore(Instant instant) {
        return instant == null
                ? LocalDate.MAX
                : LocalDate.ofInstant(instant, Clocks.SHANGHAI).minusDays(1);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
