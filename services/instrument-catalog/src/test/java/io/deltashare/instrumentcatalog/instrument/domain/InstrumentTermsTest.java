package io.deltashare.instrumentcatalog.instrument.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.deltashare.contracts.catalog.OpeningHours;
import io.deltashare.platform.decision.Violation;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class InstrumentTermsTest {

    private static OpeningHours.Window monday(String from, String to) {
        return new OpeningHours.Window(DayOfWeek.MONDAY, LocalTime.parse(from), LocalTime.parse(to));
    }

    private static InstrumentTerms terms(List<OpeningHours.Window> hours, int min, int max, long price) {
        return new InstrumentTerms(price, price, 100_00, hours, min, max, 24);
    }

    @Test
    void sensibleTermsHold() {
        assertThat(terms(List.of(monday("08:30", "12:00"), monday("13:00", "17:00")), 60, 240, 300_00)
                        .violations())
                .isEmpty();
    }

    @Test
    void everyBrokenRuleIsNamedWithItsField() {
        List<Violation> violations =
                terms(List.of(monday("17:00", "08:00")), 120, 60, -1).violations();

        assertThat(violations)
                .extracting(Violation::field)
                .containsExactlyInAnyOrder(
                        "prices.academic", "prices.enterprise", "maxDurationMinutes", "openingHours[0]");
    }

    @Test
    void overlappingWindowsOnOneDayAreRefusedButTouchingOnesAreFine() {
        assertThat(terms(List.of(monday("08:00", "12:00"), monday("11:30", "15:00")), 60, 60, 1)
                        .violations())
                .extracting(Violation::field)
                .containsExactly("openingHours[1]");
        assertThat(terms(List.of(monday("08:00", "12:00"), monday("12:00", "15:00")), 60, 60, 1)
                        .violations())
                .isEmpty();
    }

    @Test
    void aStatusMoveIsRefusedFromWithdrawnAndToTheSameStatus() {
        assertThat(InstrumentStatus.ACTIVE.refusalToBecome(InstrumentStatus.MAINTENANCE))
                .isNull();
        assertThat(InstrumentStatus.WITHDRAWN.refusalToBecome(InstrumentStatus.ACTIVE))
                .contains("withdrawn");
        assertThat(InstrumentStatus.MAINTENANCE.refusalToBecome(InstrumentStatus.MAINTENANCE))
                .contains("already");
        assertThat(InstrumentStatus.SUBMITTED.refusalToBecome(InstrumentStatus.ACTIVE))
                .contains("approves");
        assertThat(InstrumentStatus.SUBMITTED.refusalToBecome(InstrumentStatus.WITHDRAWN))
                .isNull();
    }
}
