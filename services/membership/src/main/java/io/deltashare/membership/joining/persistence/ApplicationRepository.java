package io.deltashare.membership.joining.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.deltashare.membership.joining.domain.JoiningApplication;
import io.deltashare.membership.joining.domain.Kind;
import io.deltashare.membership.joining.domain.Profile;
import io.deltashare.membership.joining.domain.Status;
import io.deltashare.platform.persistence.Where;
import io.deltashare.platform.rest.Cursor;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.exception.ConstraintViolationException;

/** Applications to join, loaded and saved as {@link JoiningApplication}s; the profile is stored as JSON. */
@ApplicationScoped
public class ApplicationRepository implements PanacheRepositoryBase<ApplicationEntity, UUID> {

    /** What stopped an application from being stored: the unique rule it broke. */
    public enum Clash {
        ONE_IN_REVIEW,
        CREDIT_CODE
    }

    /** Thrown when storing an application breaks one of the table's unique rules. */
    public static final class ClashException extends RuntimeException {
        private final Clash clash;

        ClashException(Clash clash, Throwable cause) {
            super(clash.name(), cause);
            this.clash = clash;
        }

        public Clash clash() {
            return clash;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public Optional<JoiningApplication> find(UUID id) {
        return findByIdOptional(id).map(ApplicationRepository::toDomain);
    }

    public Optional<JoiningApplication> lockedForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).map(ApplicationRepository::toDomain);
    }

    public void add(JoiningApplication application) {
        ApplicationEntity row = new ApplicationEntity();
        row.id = application.id();
        row.applicant = application.applicant();
        row.kind = application.kind().name();
        write(row, application);
        persist(row);
        flushChecked();
    }

    /** Stores a move of an application loaded in this transaction. */
    public void save(JoiningApplication application) {
        write(findById(application.id()), application);
        flushChecked();
    }

    /** Applications {@code visible} to the caller, of {@code status} and {@code kind} when given, newest first. */
    public List<JoiningApplication> list(Where visible, Status status, Kind kind, Cursor after, int limit) {
        return visible
                .and("status = :status", "status", status == null ? null : status.name())
                .and("kind = :kind", "kind", kind == null ? null : kind.name())
                .newestFirst(this, "submittedAt", after, limit)
                .stream()
                .map(ApplicationRepository::toDomain)
                .toList();
    }

    /** The column the visibility rules filter on, by what the caller may see. */
    public static final String REGION = "region";

    public static final String APPLICANT = "applicant";
    public static final String TARGET_ORGANIZATION = "targetOrganizationId";
    public static final String KIND = "kind";

    private void flushChecked() {
        try {
            flush();
        } catch (jakarta.persistence.PersistenceException e) {
            Throwable cause = e;
            while (cause != null && !(cause instanceof ConstraintViolationException)) {
                cause = cause.getCause();
            }
            if (cause instanceof ConstraintViolationException violation && violation.getConstraintName() != null) {
                String name = violation.getConstraintName();
                if (name.contains("one_in_review")) {
                    throw new ClashException(Clash.ONE_IN_REVIEW, e);
                }
                if (name.contains("credit_code")) {
                    throw new ClashException(Clash.CREDIT_CODE, e);
                }
            }
            throw e;
        }
    }

    private static void write(ApplicationEntity row, JoiningApplication application) {
        Profile profile = application.profile();
        row.status = application.status().name();
        row.profile = json(profile);
        row.region = profile.region() == null ? null : profile.region().code();
        row.creditCode = profile.firm() == null ? null : profile.firm().creditCode();
        row.targetOrganizationId =
                profile.staff() == null ? null : profile.staff().organizationId();
        row.organizationId = application.organizationId();
        row.reason = application.reason();
        row.reviewedBy = application.reviewedBy();
        row.submittedAt = application.submittedAt();
        row.reviewedAt = application.reviewedAt();
        row.version = application.version();
    }

    private static JoiningApplication toDomain(ApplicationEntity row) {
        try {
            return new JoiningApplication(
                    row.id,
                    row.applicant,
                    Kind.valueOf(row.kind),
                    JSON.readValue(row.profile, Profile.class),
                    Status.valueOf(row.status),
                    row.reason,
                    row.reviewedBy,
                    row.submittedAt,
                    row.reviewedAt,
                    row.organizationId,
                    row.version);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("application " + row.id + " has an unreadable profile", e);
        }
    }

    private static String json(Profile profile) {
        try {
            return JSON.writeValueAsString(profile);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
