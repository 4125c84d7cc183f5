package io.deltashare.innovationvoucher.applying.persistence;

import io.deltashare.platform.persistence.Where;
import io.deltashare.platform.rest.Cursor;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The SME registrations bureaus verified, one per firm and bureau: a later verification replaces the earlier. */
@ApplicationScoped
public class VerifiedSmes implements PanacheRepositoryBase<VerifiedSmeEntity, UUID> {

    /**
     * Records the verification of the bureau of {@code region}, replacing its earlier one in the same statement, so
     * that two verifications sent at once leave one row (the later).
     */
    public VerifiedSmeEntity verify(UUID firm, String region, String number, int year, String by, Instant at) {
        getEntityManager()
                .createNativeQuery("""
                        INSERT INTO verified_sme
                            (id, organization_id, region, registration_number, registration_year, verified_by,
                             verified_at)
                        VALUES (:id, :firm, :region, :number, :year, :by, :at)
                        ON CONFLICT (organization_id, region) DO UPDATE SET
                            registration_number = EXCLUDED.registration_number,
                            registration_year = EXCLUDED.registration_year,
                            verified_by = EXCLUDED.verified_by,
                            verified_at = EXCLUDED.verified_at
                        """)
                .setParameter("id", UUID.randomUUID())
                .setParameter("firm", firm)
                .setParameter("region", region)
                .setParameter("number", number)
                .setParameter("year", year)
                .setParameter("by", by)
                .setParameter("at", at)
                .executeUpdate();
        return of(firm, region).orElseThrow();
    }

    public Optional<VerifiedSmeEntity> of(UUID firm, String region) {
        return find(
                        "organizationId = :firm and region = :region",
                        Parameters.with("firm", firm).and("region", region))
                .firstResultOptional();
    }

    /** Every bureau's verification of the firm (normally one: its region's). */
    public List<VerifiedSmeEntity> of(UUID firm) {
        return list("organizationId", firm);
    }

    /** The registrations the bureau of {@code region} verified, latest first. */
    public List<VerifiedSmeEntity> ofRegion(String region, Cursor after, int limit) {
        return Where.where("region = :region", "region", region).newestFirst(this, "verifiedAt", after, limit);
    }
}
