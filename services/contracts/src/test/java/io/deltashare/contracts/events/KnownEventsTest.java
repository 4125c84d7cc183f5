package io.deltashare.contracts.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class KnownEventsTest {

    @Test
    void everyEventTypeOfTheContractsIsKnown() throws IOException {
        Path classes = Path.of("target/classes");
        List<Class<?>> annotated;
        try (Stream<Path> files = Files.walk(classes)) {
            annotated = files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> classes.relativize(file)
                            .toString()
                            .replace('/', '.')
                            .replaceAll("\\.class$", ""))
                    .map(KnownEventsTest::load)
                    .filter(type -> type.isAnnotationPresent(EventType.class))
                    .toList();
        }
        assertThat(annotated).hasSizeGreaterThan(20);
        assertThat(KnownEvents.ALL)
                .containsExactlyInAnyOrderElementsOf(annotated.stream()
                        .map(type -> type.asSubclass(IntegrationEvent.class))
                        .toList());
    }

    @Test
    void aTypeIsFoundByItsCloudEventsNameAndTopicsNameTheirOwner() {
        assertThat(KnownEvents.byType("io.deltashare.booking.BookingRequested.v1"))
                .get()
                .extracting(EventType::topic)
                .isEqualTo(Topics.BOOKINGS);
        assertThat(KnownEvents.byType("io.deltashare.booking.BookingTeleported.v1"))
                .isEmpty();
        assertThat(KnownEvents.ownerOf(Topics.VOUCHERS)).isEqualTo("innovation-voucher");
        assertThat(KnownEvents.ownerOf(Topics.CATALOG_INSTRUMENTS)).isEqualTo("instrument-catalog");
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }
}
