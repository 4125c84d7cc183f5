package io.deltashare.simulation;

import io.deltashare.testkit.keycloak.KeycloakAdmin;
import io.deltashare.testkit.keycloak.Tokens;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who acts in the simulation and their access tokens: the demo realm's bureaus, platform admin, finance and provider
 * staff (password {@code demo}), and one person per simulated firm, created through Keycloak's admin API the way an
 * operator would import them. Tokens are real, from the realm's token endpoint, and kept for two minutes (they live
 * five).
 */
final class People {

    private static final long KEEP_NANOS = 120_000_000_000L;
    private static final String FIRM_PASSWORD = "simulated-firm";

    private record Held(String token, long fetched) {}

    private final Tokens tokens;
    private final KeycloakAdmin admin;
    private final Map<String, Held> held = new ConcurrentHashMap<>();

    People(Tokens tokens, KeycloakAdmin admin) {
        this.tokens = tokens;
        this.admin = admin;
    }

    /**
     * The simulated people's passwords are hashed with one iteration: 2,377 synthetic persons logging in at the
     * realm's production cost (pbkdf2, 210,000 iterations) would spend the simulation's minutes on hashing. Only in
     * the simulation's own realm; it keeps the demo overlay's other rule.
     */
    void hashCheaply() {
        admin.put("/deltashare", Map.of("passwordPolicy", "notUsername and hashIterations(1)"));
    }

    /** Registers the person who runs the {@code index}-th simulated firm of {@code region}; their user name. */
    String registerFirmPerson(String region, int index) {
        String username = "sim-" + region.substring(3).toLowerCase() + "-" + index;
        admin.create(
                "/deltashare/users",
                Map.of(
                        "username",
                        username,
                        "enabled",
                        true,
                        "email",
                        username + "@simulation.example.cn",
                        "emailVerified",
                        true,
                        "firstName",
                        "Firm",
                        "lastName",
                        username,
                        "credentials",
                        List.of(Map.of("type", "password", "value", FIRM_PASSWORD, "temporary", false))));
        return username;
    }

    /** A demo user's token. */
    String demo(String user) {
        return token(user, "demo");
    }

    /** A simulated firm person's token. */
    String firm(String user) {
        return token(user, FIRM_PASSWORD);
    }

    /** Forgets {@code user}'s token: the next one carries what changed (the organization they were admitted to). */
    void forget(String user) {
        held.remove(user);
    }

    private String token(String user, String password) {
        Held current = held.get(user);
        if (current == null || System.nanoTime() - current.fetched() > KEEP_NANOS) {
            current = new Held(tokens.forUser(user, password), System.nanoTime());
            held.put(user, current);
        }
        return current.token();
    }
}
