package io.deltashare.membership.directory.remote;

import io.deltashare.keycloakclient.ServiceAccount;
import io.deltashare.membership.MembershipConfig;
import io.deltashare.membership.organization.application.Directory;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;
import org.keycloak.admin.client.resource.RealmResource;

/**
 * Keycloak's Admin API through Keycloak's own admin client, as the service account of the confidential client
 * {@code deltashare-membership}: one client for organizations, memberships and partner clients.
 */
@ApplicationScoped
public class KeycloakAdminClient {

    private final ServiceAccount account;

    KeycloakAdminClient(MembershipConfig config) {
        MembershipConfig.Keycloak settings = config.keycloak();
        this.account = ServiceAccount.of(new ServiceAccount.Settings(
                settings.url(), settings.realm(), settings.clientId(), settings.clientSecret()));
    }

    @PreDestroy
    void close() {
        account.close();
    }

    RealmResource realm() {
        return account.realm();
    }

    /** Runs {@code call}; Keycloak unreachable or refusing is raised as {@link Directory.Unavailable}. */
    static <T> T call(String what, Supplier<T> call) {
        try {
            return call.get();
        } catch (ProcessingException | WebApplicationException e) {
            throw new Directory.Unavailable("Keycloak could not " + what + ": " + e.getMessage(), e);
        }
    }

    /** Fails unless Keycloak answered {@code expected} (or one of {@code alsoFine}). */
    static void expect(Response answer, int expected, int... alsoFine) {
        int status = answer.getStatus();
        if (status == expected) {
            return;
        }
        for (int fine : alsoFine) {
            if (status == fine) {
                return;
            }
        }
        throw new WebApplicationException(
                "Keycloak answered " + status + ": " + answer.readEntity(String.class), status);
    }
}
