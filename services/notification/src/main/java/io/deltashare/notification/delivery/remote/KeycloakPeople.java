package io.deltashare.notification.delivery.remote;

import io.deltashare.keycloakclient.ServiceAccount;
import io.deltashare.notification.NotificationConfig;
import io.deltashare.notification.delivery.application.People;
import io.deltashare.notification.notice.domain.Audience;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * {@link People} on Keycloak's Admin API, as the service account of the confidential client
 * {@code deltashare-notification} (realm-management {@code view-users}, {@code query-users}, {@code view-realm}, and
 * {@code manage-realm}: Keycloak 26.5 guards every read of an organization and its members with it):
 * an organization's members, or a realm role's holders whose {@code region} (and {@code locality}) attributes match.
 * A person's language is their account's {@code locale} attribute, which Keycloak's account console sets.
 */
@ApplicationScoped
public class KeycloakPeople implements People {

    /** How many accounts one call to the Admin API reads. */
    private static final int PAGE = 100;

    private final ServiceAccount account;

    KeycloakPeople(NotificationConfig config) {
        NotificationConfig.Keycloak settings = config.keycloak();
        this.account = ServiceAccount.of(new ServiceAccount.Settings(
                settings.url(), settings.realm(), settings.clientId(), settings.clientSecret()));
    }

    @PreDestroy
    void close() {
        account.close();
    }

    @Override
    public List<Person> in(Audience audience) {
        RealmResource realm = account.realm();
        try {
            if (audience.organization() != null) {
                return reachable(all((first, max) -> List.copyOf(realm.organizations()
                        .get(audience.organization().toString())
                        .members()
                        .list(first, max, false))));
            }
            List<UserRepresentation> holders =
                    all((first, max) -> realm.roles().get(audience.role()).getUserMembers(false, first, max));
            return reachable(holders.stream()
                    .filter(user -> audience.includes(attribute(user, "region"), attribute(user, "locality")))
                    .toList());
        } catch (NotFoundException unknown) {
            // an organization or role Keycloak does not know has nobody to tell
            return List.of();
        } catch (ProcessingException | WebApplicationException e) {
            throw new Unavailable("Keycloak did not say who is in " + audience + ": " + e.getMessage(), e);
        }
    }

    private static List<UserRepresentation> all(BiFunction<Integer, Integer, List<? extends UserRepresentation>> page) {
        List<UserRepresentation> users = new ArrayList<>();
        for (int first = 0; ; first += PAGE) {
            List<? extends UserRepresentation> next = page.apply(first, PAGE);
            users.addAll(next);
            if (next.size() < PAGE) {
                return users;
            }
        }
    }

    private static List<Person> reachable(List<UserRepresentation> users) {
        return users.stream()
                .filter(user -> !Boolean.FALSE.equals(user.isEnabled()))
                .filter(user -> user.getEmail() != null && !user.getEmail().isBlank())
                .map(user -> new Person(UUID.fromString(user.getId()), user.getEmail(), attribute(user, "locale")))
                .toList();
    }

    private static String attribute(UserRepresentation user, String name) {
        Map<String, List<String>> attributes = user.getAttributes();
        if (attributes == null
                || attributes.get(name) == null
                || attributes.get(name).isEmpty()) {
            return null;
        }
        return attributes.get(name).get(0);
    }
}
