package io.deltashare.booking;

import io.deltashare.testkit.arch.ArchitectureRules;
import org.junit.jupiter.api.Test;

class BookingArchitectureTest {

    @Test
    void bookingKeepsToItselfAndItsDomainIsFreeOfFrameworks() {
        ArchitectureRules.check("io.deltashare.booking");
    }
}
