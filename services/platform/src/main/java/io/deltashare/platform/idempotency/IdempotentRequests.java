package io.deltashare.platform.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deltashare.platform.problem.Problem;
import io.deltashare.platform.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * {@code Idempotency-Key} for creating POSTs: the first request with a key runs and its success is stored in the same
 * transaction; a replay with the same body gets the stored response; the same key with another body is a 422.
 *
 * <p>Concurrent requests with one key serialize on the key's row: PostgreSQL makes the second insert wait for the
 * first transaction, then it finds the committed row and replays it, so the action runs once.
 */
@ApplicationScoped
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final SecurityIdentity identity;

    IdempotentRequests(EntityManager entityManager, ObjectMapper json, SecurityIdentity identity) {
        this.entityManager = entityManager;
        this.json = json;
        this.identity = identity;
    }

    /**
     * Runs {@code create} once per {@code key} of the caller on {@code route}, in one transaction with the key's
     * record; without a key it simply runs, in whatever transactions {@code create} makes itself.
     *
     * @param request the request body, whose JSON fingerprint a replay must match
     */
    public Response execute(String key, String route, Object request, Supplier<Response> create) {
        return execute(key, route, request, create, UnaryOperator.identity());
    }

    /**
     * As {@link #execute(String, String, Object, Supplier)}, but a replay gets {@code remembered} of the first answer's
     * body: what is shown only once (a signing secret) is not stored, so a replay never shows it again.
     */
    public Response execute(
            String key, String route, Object request, Supplier<Response> create, UnaryOperator<Object> remembered) {
        if (key == null) {
            return create.get();
        }
        if (key.isBlank() || key.length() > 255) {
            throw new ProblemException(Problem.badRequest(HEADER + " must be 1 to 255 characters"));
        }
        return QuarkusTransaction.joiningExisting().call(() -> once(key, route, request, create, remembered));
    }

    private Response once(
            String key, String route, Object request, Supplier<Response> create, UnaryOperator<Object> remembered) {
        String scope = caller() + " " + route;
        String fingerprint = fingerprint(request);
        int claimed = entityManager
                .createNativeQuery("""
                        INSERT INTO idempotency_record (scope, idem_key, request_hash, status, created_at)
                        VALUES (?1, ?2, ?3, 0, now()) ON CONFLICT DO NOTHING""")
                .setParameter(1, scope)
                .setParameter(2, key)
                .setParameter(3, fingerprint)
                .executeUpdate();
        if (claimed == 0) {
            return replay(scope, key, fingerprint);
        }
        Response response = create.get();
        if (response.getStatus() >= 200 && response.getStatus() < 300) {
            URI location = response.getLocation();
            entityManager
                    .createNativeQuery("""
                            UPDATE idempotency_record SET status = ?1, body = ?2, location = ?3
                            WHERE scope = ?4 AND idem_key = ?5""")
                    .setParameter(1, response.getStatus())
                    .setParameter(2, toJson(remembered.apply(response.getEntity())))
                    .setParameter(3, location == null ? null : location.toString())
                    .setParameter(4, scope)
                    .setParameter(5, key)
                    .executeUpdate();
        } else {
            // A refused request is not remembered: the client may fix it and retry with the same key.
            entityManager
                    .createNativeQuery("DELETE FROM idempotency_record WHERE scope = ?1 AND idem_key = ?2")
                    .setParameter(1, scope)
                    .setParameter(2, key)
                    .executeUpdate();
        }
        return response;
    }

    private Response replay(String scope, String key, String fingerprint) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery("""
                        SELECT request_hash, status, body, location FROM idempotency_record
                        WHERE scope = ?1 AND idem_key = ?2""")
                .setParameter(1, scope)
                .setParameter(2, key)
                .getResultList();
        if (rows.isEmpty()) {
            throw new ProblemException(Problem.conflict(
                    "idempotency-key-in-flight", "a request with this " + HEADER + " was just withdrawn; retry"));
        }
        Object[] row = rows.get(0);
        if (!fingerprint.equals(((String) row[0]).trim())) {
            throw new ProblemException(Problem.unprocessable(
                    "idempotency-key-reused",
                    HEADER + " '" + key + "' was already used with a different request body"));
        }
        Response.ResponseBuilder answer =
                Response.status(((Number) row[1]).intValue()).header(REPLAYED_HEADER, "true");
        if (row[2] != null) {
            answer.entity(row[2]).type(MediaType.APPLICATION_JSON_TYPE);
        }
        if (row[3] != null) {
            answer.header(HttpHeaders.LOCATION, row[3]);
        }
        return answer.build();
    }

    private String caller() {
        return identity == null || identity.isAnonymous()
                ? "anonymous"
                : identity.getPrincipal().getName();
    }

    private String fingerprint(Object request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(toJson(json.valueToTree(request)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private String toJson(Object value) {
        try {
            return value == null ? null : json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response cannot be stored as JSON", e);
        }
    }
}
