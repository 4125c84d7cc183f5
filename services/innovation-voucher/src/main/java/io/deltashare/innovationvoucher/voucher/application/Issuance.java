package io.deltashare.innovationvoucher.voucher.application;

import io.deltashare.contracts.voucher.VoucherIssued;
import io.deltashare.innovationvoucher.program.domain.ProgramTerms;
import io.deltashare.innovationvoucher.program.domain.VoucherProgram;
import io.deltashare.innovationvoucher.voucher.domain.Voucher;
import io.deltashare.innovationvoucher.voucher.persistence.VoucherRepository;
import io.deltashare.platform.outbox.Outbox;
import io.deltashare.platform.time.Clocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Issues the electronic voucher an approved application earns, with the program's terms as they are now. */
@ApplicationScoped
public class Issuance {

    /** Letters and digits that cannot be mistaken for each other when read out or typed. */
    private static final char[] CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();

    private static final SecureRandom RANDOM = new SecureRandom();

    private final VoucherRepository vouchers;
    private final Outbox outbox;

    Issuance(VoucherRepository vouchers, Outbox outbox) {
        this.vouchers = vouchers;
        this.outbox = outbox;
    }

    /**
     * Issues the voucher of application {@code applicationId} for {@code firm}; the caller has committed its face
     * value in the program (whose row it holds locked). Returns the new voucher's id.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID issue(VoucherProgram program, UUID applicationId, UUID firm, Instant now) {
        ProgramTerms terms = program.terms();
        Voucher voucher = Voucher.issue(
                UUID.randomUUID(),
                code(
                        program.region().code(),
                        LocalDate.ofInstant(now, Clocks.SHANGHAI).getYear()),
                new Voucher.Terms(
                        program.id(),
                        program.region(),
                        terms.faceValueFen(),
                        terms.coverageRatio(),
                        terms.eligibleCategories(),
                        terms.acceptedProviderRegions(),
                        terms.serviceKinds(),
                        terms.designatedProviders(),
                        terms.validFrom(),
                        terms.validUntil()),
                applicationId,
                firm,
                now);
        vouchers.add(voucher);
        vouchers.record(voucher.id(), "ISSUED", voucher.faceValueFen(), null, now);
        outbox.publish(new VoucherIssued(applicationId, VoucherView.snapshot(voucher)));
        return voucher.id();
    }

    /** {@code JS-2026-7K3Q-9WXD}: province, year, eight random characters (40 bits); the column is unique. */
    private static String code(String region, int year) {
        StringBuilder code =
                new StringBuilder(region.substring(3)).append('-').append(year).append('-');
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                code.append('-');
            }
            code.append(CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)]);
        }
        return code.toString();
    }
}
