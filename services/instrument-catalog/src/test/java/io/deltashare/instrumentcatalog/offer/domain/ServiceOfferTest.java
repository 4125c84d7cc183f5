package io.deltashare.instrumentcatalog.offer.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.deltashare.contracts.catalog.LocalizedText;
import io.deltashare.contracts.catalog.ServiceKind;
import io.deltashare.platform.decision.Violation;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ServiceOfferTest {

    private static final LocalizedText TEXT = new LocalizedText("拉伸试验", "Tensile test");
    private static final UUID PROVIDER = UUID.randomUUID();

    static ServiceOffer.Offer testing(Long academic, Long enterprise) {
        return new ServiceOffer.Offer(
                OfferType.TESTING_PACKAGE,
                TEXT,
                TEXT,
                "mechanical-testing",
                PriceBasis.PER_SAMPLE,
                academic,
                enterprise,
                "GB/T 228.1-2021",
                5,
                TEXT,
                null,
                List.of());
    }

    @Test
    void eachTypeOfServiceMapsToTheKindAVoucherProgramNames() {
        assertThat(OfferType.TESTING_PACKAGE.kind()).isEqualTo(ServiceKind.TESTING);
        assertThat(OfferType.DEVELOPMENT_SERVICE.kind()).isEqualTo(ServiceKind.DEVELOPMENT);
        assertThat(OfferType.FACILITY_PACKAGE.kind()).isEqualTo(ServiceKind.INSTRUMENT_TIME);
    }

    @Test
    void aListPriceIsPositiveForBothTiers() {
        assertThat(testing(18_000L, 26_000L).violations(true, Set.of())).isEmpty();
        assertThat(testing(0L, 26_000L).violations(true, Set.of()))
                .extracting(Violation::field)
                .containsExactly("prices.academic");
        assertThat(testing(null, 26_000L).violations(true, Set.of()))
                .extracting(Violation::field)
                .containsExactly("prices");
    }

    @Test
    void aNewOfferWaitsForReviewAndAChangeOfALiveOneWaitsBesideIt() {
        ServiceOffer offer = ServiceOffer.submit(UUID.randomUUID(), PROVIDER, testing(1L, 2L), true, Set.of())
                .orElseThrow();
        assertThat(offer.status()).isEqualTo(OfferStatus.SUBMITTED);
        assertThat(offer.live()).isFalse();

        ServiceOffer live = offer.approve().orElseThrow();
        assertThat(live.status()).isEqualTo(OfferStatus.ACTIVE);
        assertThat(live.approve().rejected()).isPresent();

        ServiceOffer revised = live.revise(testing(3L, 4L), true, Set.of()).orElseThrow();
        assertThat(revised.offer().academicPriceFen()).isEqualTo(1L);
        assertThat(revised.pending().academicPriceFen()).isEqualTo(3L);

        ServiceOffer refused = revised.reject("say why the price rose").orElseThrow();
        assertThat(refused.pending()).isNull();
        assertThat(refused.offer().academicPriceFen()).isEqualTo(1L);
        assertThat(refused.reviewNote()).isEqualTo("say why the price rose");
        assertThat(revised.reject(" ").rejected()).isPresent();
        assertThat(revised.approve().orElseThrow().offer().academicPriceFen()).isEqualTo(3L);
    }

    @Test
    void aWithdrawnOfferNeverChangesAgain() {
        ServiceOffer withdrawn = ServiceOffer.submit(UUID.randomUUID(), PROVIDER, testing(1L, 2L), true, Set.of())
                .orElseThrow()
                .approve()
                .orElseThrow()
                .moveTo(OfferStatus.WITHDRAWN)
                .orElseThrow();
        assertThat(withdrawn.moveTo(OfferStatus.ACTIVE).rejected()).isPresent();
        assertThat(withdrawn.revise(testing(1L, 2L), true, Set.of()).rejected())
                .hasValueSatisfying(r -> assertThat(r.type()).isEqualTo("service-withdrawn"));
    }
}
