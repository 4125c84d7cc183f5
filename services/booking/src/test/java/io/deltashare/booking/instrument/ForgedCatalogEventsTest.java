package io.deltashare.booking.instrument;

import static io.deltashare.booking.BookingFixtures.aShanghaiSem;
import static io.deltashare.booking.BookingFixtures.as;
import static io.deltashare.booking.BookingFixtures.listed;
import static org.assertj.core.api.Assertions.assertThat;

import io.deltashare.booking.instrument.persistence.InstrumentView;
import io.deltashare.booking.instrument.persistence.InstrumentViews;
import io.deltashare.contracts.catalog.InstrumentSnapshot;
import io.deltashare.contracts.catalog.InstrumentUpdated;
import io.deltashare.testkit.kafka.TopicWriter;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * An instrument event with the catalog's source and on the catalog's topic can still be forged by anyone who reaches
 * the broker; booking refuses the ones no real history makes and dead-letters them with the reason.
 */
@QuarkusTest
class ForgedCatalogEventsTest {

    @Test
    void anUpdateWithAHugeVersionIsDeadLetteredAndTheInstrumentStaysAsItWas() {
        InstrumentSnapshot sem = aShanghaiSem();
        listed(sem);
        InstrumentUpdated forged =
                new InstrumentUpdated(withVersionAndProvider(sem, Long.MAX_VALUE / 2, sem.providerId()));

        UUID eventId = TopicWriter.publish("instrument-catalog", forged).id();

        Map<String, Object> deadLetter = awaitDeadLetter(eventId);
        assertThat(deadLetter).containsEntry("reason", "REFUSED");
        assertThat(deadLetter.get("error").toString()).contains("versions beyond");
        assertThat(held(sem.id()).catalogVersion).isEqualTo(sem.version());
    }

    @Test
    void anUpdateThatMovesTheInstrumentToAnotherProviderIsDeadLetteredAndTheInstrumentStaysWithItsOwn() {
        InstrumentSnapshot sem = aShanghaiSem();
        listed(sem);
        UUID intruder = UUID.randomUUID();
        InstrumentUpdated forged = new InstrumentUpdated(withVersionAndProvider(sem, sem.version() + 1, intruder));

        UUID eventId = TopicWriter.publish("instrument-catalog", forged).id();

        assertThat(awaitDeadLetter(eventId).get("error").toString()).contains("cannot move it to provider " + intruder);
        assertThat(held(sem.id()).providerId).isEqualTo(sem.providerId());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> awaitDeadLetter(UUID eventId) {
        return Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(
                        () -> {
                            List<Map<String, Object>> items = as("admin.platform")
                                    .queryParam("limit", 100)
                                    .get("/api/v1/dead-letters/booking")
                                    .then()
                                    .statusCode(200)
                                    .extract()
                                    .path("items");
                            return items.stream()
                                    .filter(d -> eventId.toString().equals(d.get("eventId")))
                                    .findFirst()
                                    .orElse(null);
                        },
                        d -> d != null);
    }

    private static InstrumentView held(UUID id) {
        InstrumentViews views = Arc.container().instance(InstrumentViews.class).get();
        return QuarkusTransaction.requiringNew().call(() -> views.findById(id));
    }

    private static InstrumentSnapshot withVersionAndProvider(InstrumentSnapshot s, long version, UUID provider) {
        return new InstrumentSnapshot(
                s.id(),
                provider,
                s.providerOrganizationId(),
                s.providerRegion(),
                s.city(),
                s.name(),
                s.description(),
                s.category(),
                s.manufacturer(),
                s.model(),
                s.originalValue(),
                s.location(),
                s.bookingMode(),
                s.academicPrice(),
                s.enterprisePrice(),
                s.voucherEligible(),
                s.openingHours(),
                s.minDurationMinutes(),
                s.maxDurationMinutes(),
                s.leadTimeHours(),
                s.approvalRequired(),
                "ACTIVE",
                version);
    }
}
