package io.deltashare.innovationvoucher.applying.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.deltashare.platform.decision.Decision;
import io.deltashare.platform.decision.Violation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SmeRegistrationTest {

    private static final LocalDate NEW_YEAR = LocalDate.of(2027, 1, 2);

    @Test
    void aRegistrationCountsInItsYearAndTheNext() {
        assertThat(SmeRegistration.counts(2027, NEW_YEAR)).isTrue();
        assertThat(SmeRegistration.counts(2026, NEW_YEAR)).isTrue();
        assertThat(SmeRegistration.counts(2025, NEW_YEAR)).isFalse();
    }

    @Test
    void aBureauStatesANumberOfTheRegistrysFormAndAYearThatHasBegun() {
        assertThat(SmeRegistration.stated("20273205000A0123", 2027, NEW_YEAR).accepted())
                .contains(new SmeRegistration("20273205000A0123", 2027));
        assertThat(fields(SmeRegistration.stated("2027-32/05", 2028, NEW_YEAR)))
                .containsExactly("registrationNumber", "year");
        assertThat(fields(SmeRegistration.stated(null, null, NEW_YEAR))).containsExactly("registrationNumber", "year");
        assertThat(fields(SmeRegistration.stated("12345", 2016, NEW_YEAR)))
                .containsExactly("registrationNumber", "year");
    }

    private static java.util.List<String> fields(Decision<SmeRegistration> decision) {
        return decision.rejected().orElseThrow().violations().stream()
                .map(Violation::field)
                .toList();
    }
}
