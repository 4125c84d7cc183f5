package io.deltashare.testkit.infra;

import io.deltashare.testkit.kafka.KafkaResource;
import io.deltashare.testkit.keycloak.KeycloakResource;
import io.deltashare.testkit.postgres.PostgresResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Real PostgreSQL (a fresh database of the shared server), Kafka and Keycloak (the demo realm) for a module's
 * {@code @QuarkusTest}s, started side by side: the one test resource every service uses. A module opts in once, with
 * a class in its own test sources (Quarkus finds global test resources only there):
 *
 * <pre>{@code
 * @WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
 * final class Infrastructure {
 * }
 * }</pre>
 */
public class RealInfrastructure implements QuarkusTestResourceLifecycleManager {

    private final List<QuarkusTestResourceLifecycleManager> pieces =
            List.of(new PostgresResource(), new KafkaResource(), new KeycloakResource());

    @Override
    public void init(Map<String, String> initArgs) {
        pieces.forEach(piece -> piece.init(initArgs));
    }

    @Override
    public Map<String, String> start() {
        List<CompletableFuture<Map<String, String>>> started = pieces.stream()
                .map(piece -> CompletableFuture.supplyAsync(piece::start))
                .toList();
        Map<String, String> config = new HashMap<>();
        started.forEach(piece -> config.putAll(piece.join()));
        return config;
    }

    @Override
    public void stop() {
        pieces.forEach(QuarkusTestResourceLifecycleManager::stop);
    }
}
