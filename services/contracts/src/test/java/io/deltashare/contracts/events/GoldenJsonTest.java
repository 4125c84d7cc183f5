package io.deltashare.contracts.events;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deltashare.contracts.money.Money;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class GoldenJsonTest {

    @EventType(value = "io.deltashare.contracts.SampleSettled.v1", topic = "contracts.sample.v1")
    record SampleSettled(String subject, Money amount, Instant settledAt) implements IntegrationEvent {}

    @Test
    void aRecordMatchesItsPinnedJson() {
        GoldenJson.assertMatches(
                new SampleSettled("sample-1", Money.parse("1234.50"), Instant.parse("2026-03-01T08:30:00Z")),
                "sample-settled.v1.json");
    }

    @Test
    void aChangedFieldValueBreaksTheGoldenTest() {
        SampleSettled changed =
                new SampleSettled("sample-1", Money.parse("1234.51"), Instant.parse("2026-03-01T08:30:00Z"));
        assertThatThrownBy(() -> GoldenJson.assertMatches(changed, "sample-settled.v1.json"))
                .isInstanceOf(AssertionError.class);
    }
}
