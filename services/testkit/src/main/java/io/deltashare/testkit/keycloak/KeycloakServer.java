package io.deltashare.testkit.keycloak;

/** A running Keycloak with one imported realm. */
public interface KeycloakServer extends AutoCloseable {

    /** Base URL, e.g. {@code http://127.0.0.1:41234}. */
    String url();

    String realm();

    default String realmUrl() {
        return url() + "/realms/" + realm();
    }

    default String adminUsername() {
        return "admin";
    }

    default String adminPassword() {
        return "admin";
    }

    /** Tokens from this server's realm. */
    default Tokens tokens() {
        return new Tokens(realmUrl());
    }

    @Override
    void close();
}
