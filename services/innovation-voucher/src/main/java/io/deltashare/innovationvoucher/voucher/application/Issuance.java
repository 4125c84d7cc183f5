package io.deltashare.innovationvoucher.voucher.application;

import io.deltashare.contracts.voucher.VoucherIssued;
import io.deltashare.platform.time.Clocks;
import io.deltashare.innovationvoucher.applying.persistence.ApplicationEntity;
import io.deltashare.innovationvoucher.program.persistence.ProgramEntity;
import io.deltashare.innovationvoucher.voucher.persistence.VoucherEntity;
import io.deltashare.innovationvoucher.voucher.persistence.VoucherEntryEntity;
import io.deltashare.innovationvoucher.voucher.persistence.VoucherRepository;
import io.deltashare.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Issues the electronic voucher an approved application earns, committing its face value from the budget. */
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

    /** Called with the program's row locked by the caller; returns the new voucher's id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID issue(ProgramEntity program, ApplicationEntity application, Instant now) {
        VoucherEntity voucher = new VoucherEntity();
        voucher.id = UUID.randomUUID();
        voucher.code = code(program.region, LocalDate.ofInstant(now, Clocks.SHANGHAI).getYear());
        voucher.programId = program.id;
        voucher.applicationId = application.id;
        voucher.region = program.region;
        voucher.firmOrganizationId = application.firmOrganizationId;
        voucher.faceValueFen = program.faceValueFen;
        voucher.coverageRatio = program.coverageRatio;
        voucher.eligibleCategories = program.eligibleCategories;
        voucher.acceptedRegions = program.acceptedRegions;
        Instant validFrom = program.validFrom.atStartOfDay(Clocks.SHANGHAI).toInstant();
        voucher.validFrom = validFrom.isAfter(now) ? validFrom : now;
        voucher.expiresAt = program.validUntil.plusDays(1).atStartOfDay(Clocks.SHANGHAI).toInstant();
        voucher.status = "ACTIVE";
        voucher.issuedAt = now;
        program.committedFen += program.faceValueFen;
        vouchers.persist(voucher);
        vouchers.getEntityManager().persist(VoucherEntryEntity.of(voucher.id, "ISSUED", voucher.faceValueFen, null, now));
        outbox.publish(new VoucherIssued(application.id, VoucherView.snapshot(voucher)));
        return voucher.id;
    }

    /** {@code JS-2026-7K3Q-9WXD}: province, year, eight random characters (40 bits); the column is unique. */
    private static String code(String region, int year) {
        StringBuilder code = new StringBuilder(region.substring(3)).append('-').append(year).append('-');
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                code.append('-');
            }
            code.append(CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)]);
        }
        return code.toString();
    }
}
