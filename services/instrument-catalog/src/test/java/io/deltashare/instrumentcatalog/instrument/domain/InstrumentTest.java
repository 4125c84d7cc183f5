package io.deltashare.instrumentcatalog.instrument.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.deltashare.contracts.catalog.LocalizedText;
import io.deltashare.contracts.catalog.OpeningHours;
import io.deltashare.platform.decision.Decision;
import io.deltashare.platform.decision.Rejection;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An instrument's listing and status: what a provider may list, change and move, what the platform's review decides,
 * who says whether vouchers pay, and what never changes again.
 */
class InstrumentTest {

    @Test
    void aNewListingWaitsForReviewWithoutVouchersAndGoesLiveWhenApproved() {
        Instrument listed = Instrument.list(UUID.randomUUID(), UUID.randomUUID(), aSemListing(), true)
                .orElseThrow();

        assertThat(listed.status()).isEqualTo(InstrumentStatus.SUBMITTED);
        assertThat(listed.live()).isFalse();
        assertThat(listed.awaitsReview()).isTrue();
        assertThat(listed.listing().voucherEligible()).as("not self-declared").isFalse();
        assertThat(refusal(listed.moveTo(InstrumentStatus.ACTIVE)).type()).isEqualTo("illegal-status-change");

        Instrument approved = listed.approveListing().orElseThrow();
        assertThat(approved.status()).isEqualTo(InstrumentStatus.ACTIVE);
        assertThat(approved.live()).isTrue();
        assertThat(refusal(approved.approveListing()).type()).isEqualTo("nothing-to-review");
    }

    @Test
    void aRejectedListingSaysWhyAndACorrectionSubmitsItAgain() {
        Instrument listed = Instrument.list(UUID.randomUUID(), UUID.randomUUID(), aSemListing(), true)
                .orElseThrow();

        Instrument rejected =
                listed.rejectListing("the model is not the one in the photo").orElseThrow();
        assertThat(rejected.status()).isEqualTo(InstrumentStatus.REJECTED);
        assertThat(rejected.reviewNote()).isEqualTo("the model is not the one in the photo");
        assertThat(refusal(listed.rejectListing(" ")).violations())
                .extracting(v -> v.field())
                .containsExactly("reason");

        Instrument corrected =
                rejected.revise(aSemListingWithMinutes(30, 480), true).orElseThrow();
        assertThat(corrected.status()).isEqualTo(InstrumentStatus.SUBMITTED);
        assertThat(corrected.reviewNote()).isNull();
        assertThat(corrected.listing().minDurationMinutes()).isEqualTo(30);
    }

    @Test
    void aChangeOfALiveListingWaitsBesideItUntilApproved() {
        Instrument live = Instrument.list(UUID.randomUUID(), UUID.randomUUID(), aSemListing(), true)
                .orElseThrow()
                .approveListing()
                .orElseThrow()
                .designateVoucherEligible(true)
                .orElseThrow();

        Instrument changed = live.revise(aSemListingWithMinutes(30, 480), true).orElseThrow();
        assertThat(changed.listing()).isEqualTo(live.listing());
        assertThat(changed.pending().minDurationMinutes()).isEqualTo(30);
        assertThat(changed.pending().voucherEligible())
                .as("the designation stays")
                .isTrue();
        assertThat(changed.live()).isTrue();

        Instrument refused = changed.rejectListing("30 minutes is too short to cool the stage")
                .orElseThrow();
        assertThat(refused.listing()).isEqualTo(live.listing());
        assertThat(refused.pending()).isNull();

        Instrument approved = changed.approveListing().orElseThrow();
        assertThat(approved.listing().minDurationMinutes()).isEqualTo(30);
        assertThat(approved.pending()).isNull();
        assertThat(approved.listing().voucherEligible()).isTrue();
    }

    @Test
    void aListingIsRefusedWithEveryFieldAtFault() {
        Rejection refused =
                refusal(Instrument.list(UUID.randomUUID(), UUID.randomUUID(), aSemListingWithMinutes(120, 60), false));

        assertThat(refused.kind()).isEqualTo(Rejection.Kind.INVALID);
        assertThat(refused.violations()).extracting(v -> v.field()).containsExactly("maxDurationMinutes", "category");
    }

    @Test
    void aWithdrawnInstrumentNeitherChangesNorMovesAgain() {
        Instrument withdrawn = Instrument.list(UUID.randomUUID(), UUID.randomUUID(), aSemListing(), true)
                .orElseThrow()
                .moveTo(InstrumentStatus.WITHDRAWN)
                .orElseThrow();

        assertThat(withdrawn.live()).isFalse();
        assertThat(refusal(withdrawn.revise(aSemListing(), true)).type()).isEqualTo("instrument-withdrawn");
        assertThat(refusal(withdrawn.moveTo(InstrumentStatus.ACTIVE)).type()).isEqualTo("illegal-status-change");
    }

    @Test
    void maintenanceAndBackAreStatusMovesButStayingPutIsNot() {
        Instrument active = Instrument.list(UUID.randomUUID(), UUID.randomUUID(), aSemListing(), true)
                .orElseThrow()
                .approveListing()
                .orElseThrow();

        Instrument inMaintenance = active.moveTo(InstrumentStatus.MAINTENANCE).orElseThrow();
        assertThat(inMaintenance.moveTo(InstrumentStatus.ACTIVE).orElseThrow().status())
                .isEqualTo(InstrumentStatus.ACTIVE);
        assertThat(refusal(active.moveTo(InstrumentStatus.ACTIVE)).reason())
                .isEqualTo("the instrument is already ACTIVE");
    }

    private static Instrument.Listing aSemListing() {
        return aSemListingWithMinutes(60, 480);
    }

    private static Instrument.Listing aSemListingWithMinutes(int min, int max) {
        return new Instrument.Listing(
                new LocalizedText("扫描电镜", "SEM"),
                new LocalizedText("场发射", "field emission"),
                "electron-microscopy",
                "Hitachi",
                "SU8230",
                6_800_000_00L,
                "Building 3",
                BookingMode.SLOT,
                450_00,
                900_00,
                true,
                List.of(new OpeningHours.Window(DayOfWeek.MONDAY, LocalTime.of(8, 30), LocalTime.of(17, 0))),
                min,
                max,
                24,
                true);
    }

    private static Rejection refusal(Decision<?> decision) {
        return decision.rejected().orElseThrow(() -> new AssertionError("expected a refusal, got " + decision));
    }
}
