package io.deltashare.notification.delivery.application;

import io.deltashare.contracts.catalog.LocalizedText;
import io.deltashare.notification.NotificationConfig;
import io.deltashare.notification.delivery.persistence.Mails;
import io.deltashare.notification.notice.domain.Audience;
import io.deltashare.notification.notice.domain.Backoff;
import io.deltashare.notification.notice.domain.Kind;
import io.deltashare.notification.notice.domain.MailLocale;
import io.deltashare.notification.notice.persistence.Names;
import io.deltashare.notification.notice.persistence.Notices;
import io.deltashare.notification.preference.persistence.MutedKinds;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Turns notices into e-mails and sends them, at least once each.
 *
 * <ol>
 *   <li><b>Addressing.</b> A due notice's audience is looked up in the directory ({@link People}); each person who
 *       has not turned the notice's kind off gets one {@code mail} row, unique per event, kind and person, so
 *       addressing again adds nobody twice. A directory that does not answer is asked again with backoff.</li>
 *   <li><b>Sending.</b> Up to a batch of due e-mails is locked (replicas skip them), each written from its
 *       template in the person's language and handed to the mail server, and those the server took are marked sent,
 *       all in one transaction: the facts, the names and the marks cost one statement each per batch, not per
 *       e-mail. A refusal or an unreachable server is retried with backoff, up to
 *       {@code notification.retries.max-attempts}, then the e-mail is {@code FAILED} in the delivery log. A crash
 *       between the server's acceptance and the commit sends the batch's e-mails again: at least once, and the
 *       {@code X-DeltaShare-Mail} header lets a reader's client tell the copies apart.</li>
 * </ol>
 */
@ApplicationScoped
public class Dispatcher {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class);
    private static final int BATCH = 50;

    /** What one round did. */
    public record Round(int addressed, int sent, int failed) {}

    /** What one batch of sending did: how many e-mails it looked at, sent, and failed to send. */
    private record Sending(int due, int sent, int failed) {}

    private final Notices notices;
    private final Mails mails;
    private final MutedKinds muted;
    private final People people;
    private final Names names;
    private final MailTemplates templates;
    private final Mailer mailer;
    private final Clock clock;
    private final Backoff backoff;
    private final int maxAttempts;
    private final Duration sendingBudget;
    private final MailLocale defaultLocale;
    private final String from;

    Dispatcher(
            Notices notices,
            Mails mails,
            MutedKinds muted,
            People people,
            Names names,
            MailTemplates templates,
            Mailer mailer,
            Clock clock,
            NotificationConfig config) {
        this.notices = notices;
        this.mails = mails;
        this.muted = muted;
        this.people = people;
        this.names = names;
        this.templates = templates;
        this.mailer = mailer;
        this.clock = clock;
        this.backoff =
                new Backoff(config.retries().firstDelay(), config.retries().longestDelay());
        this.maxAttempts = config.retries().maxAttempts();
        this.sendingBudget = config.sendingBudget();
        this.defaultLocale = MailLocale.of(config.defaultLocale(), MailLocale.ZH);
        this.from = config.from();
    }

    @Scheduled(
            every = "${notification.dispatch-every:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void run() {
        dispatch();
    }

    /**
     * Addresses the notices due now and sends the e-mails due now. The directory is asked once per audience in a
     * round: under load a round addresses hundreds of notices to a few organizations.
     */
    public Round dispatch() {
        Map<Audience, List<People.Person>> asked = new HashMap<>();
        int addressed = 0;
        int batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(() -> address(clock.instant(), asked));
            addressed += batch;
        } while (batch == BATCH);
        int sent = 0;
        int failed = 0;
        Sending sending;
        do {
            sending = QuarkusTransaction.requiringNew().call(this::sendDue);
            sent += sending.sent();
            failed += sending.failed();
        } while (sending.due() == BATCH && sending.failed() == 0);
        if (addressed + sent + failed > 0) {
            LOG.infof("addressed %d notices, sent %d e-mails, %d failed for now", addressed, sent, failed);
        }
        return new Round(addressed, sent, failed);
    }

    /**
     * Addresses up to a batch of due notices; returns how many it looked at. Who turned which kind off is read, the
     * e-mails written and the notices marked once for the batch.
     */
    private int address(Instant now, Map<Audience, List<People.Person>> asked) {
        List<Notices.Stored> due = notices.lockDue(now, BATCH);
        Map<Notices.Stored, List<People.Person>> audiences = new LinkedHashMap<>();
        for (Notices.Stored stored : due) {
            try {
                audiences.put(stored, asked.computeIfAbsent(stored.notice().audience(), people::in));
            } catch (People.Unavailable e) {
                Instant retryAt = now.plus(backoff.after(stored.attempts() + 1));
                LOG.warnf("notice %s not addressed yet, again at %s: %s", stored.id(), retryAt, e.getMessage());
                notices.notAddressed(stored.id(), e.getMessage(), retryAt);
            }
        }
        Map<UUID, Set<Kind>> mutedBy = muted.of(audiences.values().stream()
                .flatMap(audience -> audience.stream().map(People.Person::id))
                .collect(Collectors.toSet()));
        List<Mails.Addressed> addressed = new ArrayList<>();
        audiences.forEach((stored, audience) -> {
            Kind kind = stored.notice().kind();
            for (People.Person person : audience) {
                if (!mutedBy.getOrDefault(person.id(), Set.of()).contains(kind)) {
                    addressed.add(new Mails.Addressed(
                            stored.id(),
                            stored.notice().eventId(),
                            kind,
                            person.id(),
                            person.address(),
                            MailLocale.of(person.locale(), defaultLocale)));
                }
            }
        });
        mails.add(addressed, now);
        notices.addressed(audiences.keySet().stream().map(Notices.Stored::id).toList(), now);
        return due.size();
    }

    /** Sends up to a batch of the e-mails due now that no other dispatcher has in hand. */
    private Sending sendDue() {
        Instant now = clock.instant();
        List<Mails.Mail> due = mails.lockDue(now, BATCH);
        Map<UUID, Map<String, String>> facts =
                notices.facts(due.stream().map(Mails.Mail::noticeId).collect(Collectors.toSet()));
        Map<UUID, LocalizedText> known = names.of(facts.values().stream()
                .flatMap(notice -> MailTemplates.named(notice).stream())
                .collect(Collectors.toSet()));
        List<Mails.Sent> sent = new ArrayList<>(due.size());
        int failed = 0;
        long started = System.nanoTime(); // the JVM's monotonic timer: how long this batch takes, not business time
        for (Mails.Mail mail : due) {
            String subject = null;
            try {
                MailTemplates.Written written =
                        templates.write(mail.kind(), mail.locale(), facts.get(mail.noticeId()), known);
                subject = written.subject();
                mailer.send(Mail.withText(mail.address(), written.subject(), written.text())
                        .setHtml(written.html())
                        .setFrom(from)
                        .addHeader("X-DeltaShare-Mail", mail.id().toString())
                        .addHeader("X-DeltaShare-Event", mail.eventId().toString()));
                sent.add(new Mails.Sent(mail.id(), subject));
            } catch (RuntimeException e) {
                recordFailure(mail, subject, e, now);
                failed++;
            }
            int left = due.size() - sent.size() - failed;
            if (left > 0 && System.nanoTime() - started > sendingBudget.toNanos()) {
                // a slow mail server: commit what it took before the transaction's timeout would roll it back
                LOG.infof("e-mails sent slowly: %d of the batch left for the next", left);
                break;
            }
        }
        mails.sent(sent, clock.instant());
        return new Sending(due.size(), sent.size(), failed);
    }

    private void recordFailure(Mails.Mail mail, String subject, RuntimeException e, Instant now) {
        int attempts = mail.attempts() + 1;
        Instant retryAt =
                backoff.retryAfter(attempts, maxAttempts).map(now::plus).orElse(null);
        String error = String.valueOf(e.getMessage());
        if (retryAt == null) {
            LOG.errorf("e-mail %s to %s given up after %d attempts: %s", mail.id(), mail.address(), attempts, error);
        } else {
            LOG.warnf(
                    "e-mail %s to %s not sent (attempt %d), again at %s: %s",
                    mail.id(), mail.address(), attempts, retryAt, error);
        }
        mails.failed(mail.id(), subject, error.length() > 1000 ? error.substring(0, 1000) : error, retryAt);
    }
}
