package io.deltashare.notification.notice;

import static io.deltashare.notification.NotificationFixtures.JS_BIOMED_FIRM;
import static io.deltashare.notification.NotificationFixtures.MAILBOX;
import static io.deltashare.notification.NotificationFixtures.SH_CENTRE_STAFF;
import static io.deltashare.notification.NotificationFixtures.awaitMails;
import static io.deltashare.notification.NotificationFixtures.publish;
import static io.deltashare.notification.NotificationFixtures.to;
import static io.deltashare.testkit.fixtures.ABooking.aBooking;
import static io.deltashare.testkit.fixtures.AnInstrument.anInstrument;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.deltashare.contracts.booking.BookingCancelled;
import io.deltashare.contracts.booking.BookingCompleted;
import io.deltashare.contracts.booking.BookingConfirmed;
import io.deltashare.contracts.booking.BookingRejected;
import io.deltashare.contracts.booking.BookingRequested;
import io.deltashare.contracts.booking.BookingSnapshot;
import io.deltashare.contracts.catalog.InstrumentListed;
import io.deltashare.contracts.catalog.InstrumentSnapshot;
import io.deltashare.contracts.catalog.LocalizedText;
import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.events.CloudEvent;
import io.deltashare.contracts.membership.OrganizationAdmitted;
import io.deltashare.contracts.membership.OrganizationSnapshot;
import io.deltashare.contracts.money.Money;
import io.deltashare.contracts.voucher.VoucherRedeemed;
import io.deltashare.notification.delivery.application.Dispatcher;
import io.deltashare.notification.delivery.persistence.Mails;
import io.deltashare.notification.reminder.application.Reminders;
import io.deltashare.testkit.fixtures.AnInstrument;
import io.deltashare.testkit.kafka.Inboxes;
import io.deltashare.testkit.kafka.TopicWriter;
import io.deltashare.testkit.keycloak.DemoRealm;
import io.deltashare.testkit.mail.LocalMailServer.Received;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * A booking's whole life, told by e-mail through the real broker and the real SMTP server: the provider's staff hear
 * of the request and the cancellation in Chinese (their account's locale is zh-CN), the firm of the confirmation,
 * the reminder, the rejection and the completion in English (its account's is en), each once.
 */
@QuarkusTest
class BookingLifeByMailTest {

    @Inject
    Reminders reminders;

    @Inject
    Dispatcher dispatcher;

    /** The service's clock, which the dispatcher reads too. */
    @Inject
    Clock clock;

    @Inject
    Mails deliveries;

    @Inject
    DataSource database;

    @Test
    void aBookingsLifeFromRequestToCompletionReachesTheProviderInChineseAndTheFirmInEnglishOnceEach() {
        InstrumentSnapshot instrument = anInstrument()
                .of(AnInstrument.SHANGHAI_CENTRE_PROVIDER, DemoRealm.SH_ANALYSIS_CENTRE, Region.CN_SH)
                .named("场发射扫描电镜", "Field-emission SEM")
                .build();
        CloudEvent listed = publish("instrument-catalog", new InstrumentListed(instrument));
        CloudEvent firmAdmitted = publish(
                "membership",
                new OrganizationAdmitted(
                        UUID.randomUUID(),
                        new OrganizationSnapshot(
                                DemoRealm.JS_BIOMED,
                                "js-biomed",
                                "firm",
                                new LocalizedText("苏州博医生物", "Suzhou Biomed"),
                                Region.CN_JS,
                                "Suzhou",
                                null,
                                null)));
        CloudEvent centreAdmitted = publish(
                "membership",
                new OrganizationAdmitted(
                        UUID.randomUUID(),
                        new OrganizationSnapshot(
                                DemoRealm.SH_ANALYSIS_CENTRE,
                                "sh-analysis-centre",
                                "provider",
                                new LocalizedText("上海分析测试中心", "Shanghai Analysis Centre"),
                                Region.CN_SH,
                                "Shanghai",
                                null,
                                null)));
        // the names e-mails print, taken before the booking's events
        Inboxes.awaitTaken(database, listed);
        Inboxes.awaitTaken(database, firmAdmitted);
        Inboxes.awaitTaken(database, centreAdmitted);
        UUID id = UUID.randomUUID();
        UUID voucher = UUID.randomUUID();
        Instant start = Instant.now().plus(Duration.ofHours(20)).truncatedTo(ChronoUnit.HOURS);
        String reference = id.toString().substring(0, 8);

        CloudEvent requested = publish(
                "booking", new BookingRequested(booking(id, instrument, voucher, start, "PENDING_APPROVAL", 1)));
        Received request = awaitMails(requested, 1).get(0);
        assertThat(request.to()).containsExactly(SH_CENTRE_STAFF);
        assertThat(request.subject()).isEqualTo("新的预约申请：场发射扫描电镜（" + reference + "）");
        assertThat(request.text()).contains("苏州博医生物申请预约贵单位的仪器场发射扫描电镜", "报价：¥2,400.00", "（北京时间）");
        assertThat(request.html()).contains("<h2", "新的预约申请", "通知设置");

        BookingSnapshot confirmedBooking = booking(id, instrument, voucher, start, "CONFIRMED", 2);
        CloudEvent confirmed = publish("booking", new BookingConfirmed(confirmedBooking));
        Received confirmation = awaitMails(confirmed, 1).get(0);
        assertThat(confirmation.to()).containsExactly(JS_BIOMED_FIRM);
        assertThat(confirmation.subject()).startsWith("Booking confirmed: Field-emission SEM, ");
        assertThat(confirmation.text())
                .contains(
                        "Shanghai Analysis Centre confirmed your booking " + reference,
                        "Quoted fee: ¥2,400.00",
                        "(Beijing time)");

        // the day before: one reminder, however often the job runs
        reminders.remind();
        reminders.remind();
        List<Received> reminder = awaitMails(to(JS_BIOMED_FIRM, "Reminder: Field-emission SEM tomorrow"));
        assertThat(reminder).hasSize(1);
        assertThat(reminder.get(0).text()).contains("Booking: " + reference);

        // completed with a voucher: the e-mail waits for the voucher's share
        BookingSnapshot done = booking(id, instrument, voucher, start, "COMPLETED", 4);
        CloudEvent completed = publish("booking", new BookingCompleted(done));
        publish(
                "innovation-voucher",
                new VoucherRedeemed(
                        voucher,
                        id,
                        UUID.randomUUID(),
                        Region.CN_JS,
                        DemoRealm.JS_BIOMED,
                        DemoRealm.SH_ANALYSIS_CENTRE,
                        Region.CN_SH,
                        instrument.category(),
                        Money.parse("2400.00"),
                        Money.parse("1200.00"),
                        Money.ZERO,
                        Instant.now(),
                        null));
        Received completion = awaitMails(completed, 1).get(0);
        assertThat(completion.subject())
                .isEqualTo("Booking completed: Field-emission SEM (" + reference + "), fee ¥2,400.00");
        assertThat(completion.text())
                .contains("Fee: ¥2,400.00", "Paid by your voucher: ¥1,200.00", "Your share: ¥1,200.00");

        // a second delivery of the same event sends nothing: a later event's e-mail arrives, the first stays alone
        TopicWriter.redeliver(confirmed, new BookingConfirmed(confirmedBooking));
        TopicWriter.redeliver(
                requested, new BookingRequested(booking(id, instrument, voucher, start, "PENDING_APPROVAL", 1)));
        // the same booking's next event: on the same partition, so it is taken after the redeliveries
        CloudEvent later = publish(
                "booking", new BookingCancelled(booking(id, instrument, voucher, start, "CANCELLED", 5), Money.ZERO));
        awaitMails(later, 1);
        assertThat(MAILBOX.about(confirmed.id())).hasSize(1);
        assertThat(MAILBOX.about(requested.id())).hasSize(1);
        assertThat(MAILBOX.about(completed.id())).hasSize(1);
    }

    @Test
    void aRejectionTellsTheFirmWhyAndACancellationTellsTheProviderWhatItCost() {
        InstrumentSnapshot instrument = listedAtTheCentre("X射线衍射仪", "X-ray diffractometer");
        Instant start = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS);

        CloudEvent rejected = publish(
                "booking",
                new BookingRejected(
                        booking(UUID.randomUUID(), instrument, null, start, "REJECTED", 2),
                        "the instrument is under maintenance"));
        Received rejection = awaitMails(rejected, 1).get(0);
        assertThat(rejection.to()).containsExactly(JS_BIOMED_FIRM);
        assertThat(rejection.subject()).startsWith("Booking declined: X-ray diffractometer");
        assertThat(rejection.text()).contains("Reason: the instrument is under maintenance");

        CloudEvent cancelled = publish(
                "booking",
                new BookingCancelled(
                        booking(UUID.randomUUID(), instrument, null, start, "CANCELLED", 3), Money.parse("1200.00")));
        Received cancellation = awaitMails(cancelled, 1).get(0);
        assertThat(cancellation.to()).containsExactly(SH_CENTRE_STAFF);
        assertThat(cancellation.subject()).startsWith("预约已取消：X射线衍射仪");
        assertThat(cancellation.text()).contains("取消费：¥1,200.00");
    }

    @Test
    void aBurstOfConfirmationsLargerThanABatchIsMailedOnceEachAndLoggedAsSent() {
        InstrumentSnapshot instrument = listedAtTheCentre("原子力显微镜", "Atomic force microscope");
        Instant start = clock.instant().plus(Duration.ofDays(4)).truncatedTo(ChronoUnit.HOURS);
        // the dispatcher addresses and sends 50 at a time: 120 make full batches and a partial one
        List<CloudEvent> confirmed = IntStream.range(0, 120)
                .mapToObj(i -> publish(
                        "booking",
                        new BookingConfirmed(booking(UUID.randomUUID(), instrument, null, start, "CONFIRMED", 2))))
                .toList();
        await().atMost(Duration.ofSeconds(60))
                .until(() ->
                        confirmed.stream().allMatch(e -> !MAILBOX.about(e.id()).isEmpty()));
        dispatcher.dispatch();
        for (CloudEvent event : confirmed) {
            List<Received> mails = MAILBOX.about(event.id());
            assertThat(mails).hasSize(1);
            assertThat(mails.get(0).to()).containsExactly(JS_BIOMED_FIRM);
            assertThat(mails.get(0).subject()).startsWith("Booking confirmed: Atomic force microscope, ");
            List<Mails.Mail> log = QuarkusTransaction.requiringNew()
                    .call(() -> deliveries.page(null, null, null, event.id(), null, 10));
            assertThat(log).singleElement().satisfies(mail -> {
                assertThat(mail.status()).isEqualTo(Mails.Status.SENT);
                assertThat(mail.subject()).isEqualTo(mails.get(0).subject());
                assertThat(mail.attempts()).isEqualTo(1);
                assertThat(mail.sentAt()).isNotNull();
            });
        }
    }

    @Test
    void aSandboxBookingTellsNobody() {
        Instant start = Instant.now().plus(Duration.ofDays(2));
        BookingSnapshot sandbox = aBooking()
                .by(DemoRealm.JS_BIOMED, Region.CN_JS)
                .at(DemoRealm.SH_ANALYSIS_CENTRE, Region.CN_SH)
                .endingAt(start.plus(Duration.ofHours(1)))
                .status("CONFIRMED")
                .inTheSandbox()
                .build();
        CloudEvent quiet = publish("booking", new BookingConfirmed(sandbox));
        Inboxes.awaitTaken(database, quiet);
        dispatcher.dispatch();
        assertThat(MAILBOX.about(quiet.id())).isEmpty();
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> deliveries.page(null, null, null, quiet.id(), null, 10)))
                .isEmpty();
    }

    /** An instrument of the Shanghai centre, listed and taken: e-mails about it call it by its name. */
    private InstrumentSnapshot listedAtTheCentre(String zh, String en) {
        InstrumentSnapshot instrument = anInstrument()
                .of(AnInstrument.SHANGHAI_CENTRE_PROVIDER, DemoRealm.SH_ANALYSIS_CENTRE, Region.CN_SH)
                .named(zh, en)
                .build();
        Inboxes.awaitTaken(database, publish("instrument-catalog", new InstrumentListed(instrument)));
        return instrument;
    }

    private static BookingSnapshot booking(
            UUID id, InstrumentSnapshot instrument, UUID voucher, Instant start, String status, long version) {
        var booking = aBooking()
                .withId(id)
                .of(instrument.id())
                .inCategory(instrument.category())
                .by(DemoRealm.JS_BIOMED, Region.CN_JS)
                .at(DemoRealm.SH_ANALYSIS_CENTRE, Region.CN_SH)
                .costing("2400.00")
                .endingAt(start.plus(Duration.ofHours(1)))
                .status(status)
                .atVersion(version);
        return (voucher == null ? booking.withoutVoucher() : booking.paidWith(voucher)).build();
    }
}
