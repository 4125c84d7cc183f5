package io.deltashare.insight;

import io.deltashare.contracts.booking.BookingCompleted;
import io.deltashare.contracts.booking.BookingSnapshot;
import io.deltashare.contracts.booking.Fee;
import io.deltashare.contracts.catalog.InstrumentListed;
import io.deltashare.contracts.catalog.InstrumentSnapshot;
import io.deltashare.contracts.catalog.LocalizedText;
import io.deltashare.contracts.catalog.ProviderRegistered;
import io.deltashare.contracts.catalog.ProviderSnapshot;
import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.catalog.ServiceKind;
import io.deltashare.contracts.events.CloudEvent;
import io.deltashare.contracts.events.IntegrationEvent;
import io.deltashare.contracts.membership.OrganizationAdmitted;
import io.deltashare.contracts.membership.OrganizationSnapshot;
import io.deltashare.contracts.money.Money;
import io.deltashare.contracts.settlement.ClaimBatchPaid;
import io.deltashare.contracts.voucher.VoucherApplied;
import io.deltashare.contracts.voucher.VoucherIssued;
import io.deltashare.contracts.voucher.VoucherRedeemed;
import io.deltashare.contracts.voucher.VoucherRedeemedForMilestone;
import io.deltashare.contracts.voucher.VoucherSnapshot;
import io.deltashare.platform.time.Clocks;
import io.deltashare.testkit.kafka.TopicWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * What the other services tell insight, played by their events at chosen moments: the catalog lists, membership
 * admits, innovation-voucher takes applications, issues and redeems, settlement pays claim batches, booking completes.
 */
public final class Happenings {

    private Happenings() {}

    /** Noon in Shanghai on {@code day}. */
    public static Instant on(LocalDate day) {
        return day.atTime(12, 0).atZone(Clocks.SHANGHAI).toInstant();
    }

    public static CloudEvent applied(UUID firm, Region region, LocalDate day) {
        return TopicWriter.publish(
                "innovation-voucher",
                new VoucherApplied(UUID.randomUUID(), UUID.randomUUID(), region, null, firm, day.getYear(), on(day)),
                on(day));
    }

    public static CloudEvent issued(UUID firm, Region region, String faceValue, LocalDate day) {
        VoucherSnapshot voucher = new VoucherSnapshot(
                UUID.randomUUID(),
                "V-" + UUID.randomUUID(),
                UUID.randomUUID(),
                region,
                firm,
                Money.parse(faceValue),
                "0.5",
                List.of(Region.CN_SH, Region.CN_JS, Region.CN_ZJ, Region.CN_AH),
                List.of("electron-microscopy"),
                on(day),
                on(day.plusYears(1)),
                "ACTIVE",
                List.of(ServiceKind.INSTRUMENT_TIME),
                List.of());
        return TopicWriter.publish("innovation-voucher", new VoucherIssued(UUID.randomUUID(), voucher), on(day));
    }

    /** A completed booking of {@code fee} a voucher of {@code issuing} paid {@code redeemed} of, at a provider of {@code provider}. */
    public static CloudEvent redeemedBooking(
            Region issuing, Region provider, String fee, String redeemed, LocalDate day) {
        return TopicWriter.publish(
                "innovation-voucher",
                new VoucherRedeemed(
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        issuing,
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        provider,
                        "electron-microscopy",
                        Money.parse(fee),
                        Money.parse(redeemed),
                        Money.ZERO,
                        on(day),
                        null),
                on(day));
    }

    /** An accepted order milestone of {@code amount} a voucher of {@code issuing} paid {@code redeemed} of. */
    public static CloudEvent redeemedMilestone(
            Region issuing, Region provider, String amount, String redeemed, LocalDate day) {
        return TopicWriter.publish(
                "innovation-voucher",
                new VoucherRedeemedForMilestone(
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        1,
                        UUID.randomUUID(),
                        issuing,
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        provider,
                        ServiceKind.DEVELOPMENT,
                        "mechanical-engineering",
                        Money.parse(amount),
                        Money.parse(redeemed),
                        Money.ZERO,
                        on(day),
                        null),
                on(day));
    }

    /** The bureau of {@code region} paid a claim batch of {@code total} on {@code day}. */
    public static CloudEvent cashed(Region region, String total, LocalDate day) {
        return TopicWriter.publish(
                "settlement",
                new ClaimBatchPaid(
                        UUID.randomUUID(), region, YearMonth.from(day), Money.parse(total), UUID.randomUUID()),
                on(day));
    }

    /** A booking at a provider of {@code provider} completed on {@code day}. */
    public static CloudEvent completed(Region provider, String unit, String quantity, LocalDate day) {
        return completed(provider, unit, quantity, day, false);
    }

    /**
     * A booking at a provider of {@code provider} completed on {@code day}; made by a partner in sandbox mode when
     * {@code sandbox} (a test no figure may count).
     */
    public static CloudEvent completed(Region provider, String unit, String quantity, LocalDate day, boolean sandbox) {
        Instant end = on(day);
        BookingSnapshot booking = new BookingSnapshot(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "electron-microscopy",
                UUID.randomUUID(),
                UUID.randomUUID(),
                provider,
                UUID.randomUUID(),
                Region.CN_JS,
                unit.equals("HOUR") ? "SLOT" : "SAMPLE",
                unit.equals("HOUR") ? end.minusSeconds(3600) : null,
                unit.equals("HOUR") ? end : null,
                unit.equals("HOUR") ? null : Integer.valueOf(quantity),
                "ENTERPRISE",
                new Fee(unit, quantity, Money.parse("100.00"), Money.parse("100.00")),
                null,
                "COMPLETED",
                5,
                sandbox);
        return TopicWriter.publish("booking", new BookingCompleted(booking), end);
    }

    /** A provider registered in {@code region}; its id. */
    public static UUID provider(Region region) {
        ProviderSnapshot provider = new ProviderSnapshot(
                UUID.randomUUID(),
                UUID.randomUUID(),
                new LocalizedText("测试中心", "Test centre"),
                region,
                "Lhasa",
                "UNIVERSITY",
                List.of(),
                "centre@example.edu.cn",
                null,
                1);
        TopicWriter.publish("instrument-catalog", new ProviderRegistered(provider));
        return provider.id();
    }

    /** An instrument of {@code provider} in {@code region} worth {@code value}, listed. */
    public static InstrumentSnapshot instrument(UUID provider, Region region, String category, String value) {
        InstrumentSnapshot instrument = new InstrumentSnapshot(
                UUID.randomUUID(),
                provider,
                UUID.randomUUID(),
                region,
                "Lhasa",
                new LocalizedText("测试仪器", "Test instrument"),
                new LocalizedText("用于测试", "For tests"),
                category,
                "ZEISS",
                "GeminiSEM 560",
                Money.parse(value),
                "Building 3",
                "SLOT",
                Money.parse("300.00"),
                Money.parse("600.00"),
                true,
                List.of(),
                60,
                480,
                24,
                false,
                "ACTIVE",
                1);
        TopicWriter.publish("instrument-catalog", new InstrumentListed(instrument));
        return instrument;
    }

    /** An organization of {@code kind} admitted in {@code region}. */
    public static void admitted(String kind, Region region) {
        UUID id = UUID.randomUUID();
        TopicWriter.publish(
                "membership",
                new OrganizationAdmitted(
                        UUID.randomUUID(),
                        new OrganizationSnapshot(
                                id,
                                "org-" + id,
                                kind,
                                new LocalizedText("测试单位", "Test organization"),
                                region,
                                "Lhasa",
                                null,
                                null)));
    }

    /** Publishes {@code event} as {@code source} would, now. */
    public static CloudEvent publish(String source, IntegrationEvent event) {
        return TopicWriter.publish(source, event);
    }
}
