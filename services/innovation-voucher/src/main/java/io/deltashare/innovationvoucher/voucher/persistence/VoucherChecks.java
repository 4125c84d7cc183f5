package io.deltashare.innovationvoucher.voucher.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Each voucher's check code, which its certificate prints beside the code and puts in the QR code's address: the
 * public verification answers only for a code quoted with its check, so that vouchers cannot be found by trying codes.
 * A voucher gets its check when its certificate is first printed.
 */
@ApplicationScoped
public class VoucherChecks {

    private static final char[] ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final EntityManager entityManager;

    VoucherChecks(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The check of {@code voucher}, made now if it has none (ten characters, 50 random bits). */
    @Transactional(Transactional.TxType.MANDATORY)
    public String of(UUID voucher) {
        StringBuilder check = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            check.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        entityManager
                .createNativeQuery("""
                        INSERT INTO voucher_check (voucher_id, check_code) VALUES (?1, ?2)
                        ON CONFLICT (voucher_id) DO NOTHING""")
                .setParameter(1, voucher)
                .setParameter(2, check.toString())
                .executeUpdate();
        return (String) entityManager
                .createNativeQuery("SELECT check_code FROM voucher_check WHERE voucher_id = ?1")
                .setParameter(1, voucher)
                .getSingleResult();
    }

    /** The voucher whose code is {@code code} and whose check is {@code check}, if there is one. */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked") // native rows: id
    public Optional<UUID> voucher(String code, String check) {
        List<UUID> ids = entityManager
                .createNativeQuery("""
                        SELECT v.id FROM voucher v JOIN voucher_check c ON c.voucher_id = v.id
                        WHERE v.code = ?1 AND c.check_code = ?2""")
                .setParameter(1, code)
                .setParameter(2, check)
                .getResultList();
        return ids.stream().findFirst();
    }
}
