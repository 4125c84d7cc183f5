package io.deltashare.booking.instrument.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CatalogSnapshotsTest {

    private static final UUID INSTRUMENT = UUID.randomUUID();
    private static final UUID PROVIDER = UUID.randomUUID();
    private static final UUID ANOTHER_PROVIDER = UUID.randomUUID();

    @Test
    void theNextVersionOrAShortGapFromAReplayIsTakenAndAnOlderOneIsNoConcernOfTheRule() {
        assertThat(CatalogSnapshots.refusal(INSTRUMENT, Optional.of(PROVIDER), 7, PROVIDER, 8))
                .isEmpty();
        assertThat(CatalogSnapshots.refusal(INSTRUMENT, Optional.of(PROVIDER), 7, PROVIDER, 12))
                .isEmpty();
        assertThat(CatalogSnapshots.refusal(INSTRUMENT, Optional.of(PROVIDER), 7, PROVIDER, 3))
                .isEmpty();
        assertThat(CatalogSnapshots.refusal(INSTRUMENT, Optional.empty(), 0, PROVIDER, 0))
                .isEmpty();
    }

    @Test
    void aSnapshotThatMovesTheInstrumentToAnotherProviderIsRefused() {
        assertThat(CatalogSnapshots.refusal(INSTRUMENT, Optional.of(PROVIDER), 7, ANOTHER_PROVIDER, 8))
                .hasValueSatisfying(
                        reason -> assertThat(reason).contains("cannot move it to provider " + ANOTHER_PROVIDER));
    }

    @Test
    void aVersionLeapNoHistoryMakesIsRefusedAlsoForAnInstrumentNotSeenYet() {
        assertThat(CatalogSnapshots.refusal(INSTRUMENT, Optional.of(PROVIDER), 7, PROVIDER, Long.MAX_VALUE))
                .hasValueSatisfying(reason -> assertThat(reason).contains("more than 1000 versions beyond"));
        assertThat(CatalogSnapshots.refusal(INSTRUMENT, Optional.of(PROVIDER), 7, PROVIDER, 7 + 1_001))
                .isPresent();
        assertThat(CatalogSnapshots.refusal(INSTRUMENT, Optional.empty(), 0, PROVIDER, 5_000))
                .isPresent();
        assertThat(CatalogSnapshots.refusal(INSTRUMENT, Optional.of(PROVIDER), 7, PROVIDER, -1))
                .isPresent();
    }
}
