package io.deltashare.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deltashare.contracts.events.Topics;
import io.deltashare.local.LocalSystem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * {@code docker-compose.yml} and {@code deploy/k8s} describe the system the code is: every service and the gateway,
 * with health checks or probes, the databases they read, every Kafka topic; {@code docker-compose config} accepts the
 * compose file where Debian's {@code docker-compose} is installed.
 */
class DeploymentFilesTest {

    private static final Path REPO = Path.of(System.getProperty("testkit.repo-root", "../.."))
            .toAbsolutePath()
            .normalize();
    /** Every service and the gateway, as the local run starts them. */
    private static final List<String> APPS = LocalSystem.serviceNames();

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return (List<Object>) value;
    }

    private static List<Map<String, Object>> documents(Path file) throws IOException {
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object document : new Yaml().loadAll(Files.readString(file))) {
            if (document != null) {
                documents.add(map(document));
            }
        }
        return documents;
    }

    @Test
    void composeRunsEveryServiceFromTheRepositoryWithHealthChecks() throws Exception {
        Map<String, Object> services =
                map(documents(REPO.resolve("docker-compose.yml")).get(0).get("services"));
        assertThat(services.keySet()).contains("postgres", "kafka", "keycloak").containsAll(APPS);
        for (Map.Entry<String, Object> entry : services.entrySet()) {
            Map<String, Object> service = map(entry.getValue());
            assertThat(service).as(entry.getKey()).containsKey("healthcheck");
            if (service.get("depends_on") instanceof Map<?, ?> dependencies) {
                assertThat(services.keySet())
                        .as("%s depends on", entry.getKey())
                        .containsAll(dependencies.keySet().stream()
                                .map(Object::toString)
                                .toList());
            }
            if (APPS.contains(entry.getKey())) {
                Map<String, Object> build = map(service.get("build"));
                assertThat(REPO.resolve(build.get("dockerfile").toString())).exists();
                String module = map(build.get("args")).get("MODULE").toString();
                assertThat(REPO.resolve(module).resolve("pom.xml"))
                        .as("module of %s", entry.getKey())
                        .exists();
            }
        }
        // each service's database is created by the init script
        String init = Files.readString(REPO.resolve("deploy/postgres/init-databases.sh"));
        for (String database : List.of(
                "catalog", "booking", "voucher", "settlement", "membership", "insight", "notification", "gateway")) {
            assertThat(init).contains("create " + database);
        }
    }

    @Test
    void dockerComposeAcceptsTheFileWhereItIsInstalled() throws Exception {
        Path binary = Path.of("/usr/bin/docker-compose");
        if (!Files.isExecutable(binary)) {
            return; // nothing to ask; the structure is checked above
        }
        Process config = new ProcessBuilder(binary.toString(), "-f", "docker-compose.yml", "config", "-q")
                .directory(REPO.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(config.getInputStream().readAllBytes());
        assertThat(config.waitFor()).as("docker-compose config: %s", output).isZero();
    }

    @Test
    void kubernetesManifestsCoverEveryServiceTopicAndDatabase() throws Exception {
        Path k8s = REPO.resolve("deploy/k8s");
        Map<String, Object> kustomization =
                documents(k8s.resolve("kustomization.yaml")).get(0);
        List<Map<String, Object>> all = new ArrayList<>();
        for (Object resource : list(kustomization.get("resources"))) {
            assertThat(k8s.resolve(resource.toString())).exists();
            all.addAll(documents(k8s.resolve(resource.toString())));
        }
        assertThat(all).allSatisfy(d -> assertThat(d).containsKeys("apiVersion", "kind", "metadata"));

        Set<String> deployments = names(all, "Deployment");
        assertThat(deployments).containsAll(APPS).contains("keycloak");
        assertThat(names(all, "Service")).containsAll(APPS);
        assertThat(names(all, "HorizontalPodAutoscaler")).containsAll(APPS);
        Set<String> databases = names(all, "Cluster");
        for (Map<String, Object> deployment : ofKind(all, "Deployment")) {
            Map<String, Object> container = map(
                    list(map(map(map(deployment.get("spec")).get("template")).get("spec"))
                                    .get("containers"))
                            .get(0));
            String name = map(deployment.get("metadata")).get("name").toString();
            assertThat(container).as(name).containsKeys("readinessProbe", "livenessProbe", "startupProbe", "resources");
            assertThat(map(container.get("resources"))).as(name).containsKeys("requests", "limits");
            for (Object variable : list(container.get("env"))) {
                Object from = map(variable).get("valueFrom");
                if (from != null && map(from).get("secretKeyRef") != null) {
                    String secret =
                            map(map(from).get("secretKeyRef")).get("name").toString();
                    // its database's credentials, its Kafka client certificate, the Kafka cluster's CA, its own
                    // Keycloak client's secret (Keycloak itself reads the clients' secrets, to import them), or its
                    // own mail relay account (notification)
                    boolean clientSecret = secret.equals("deltashare-" + name + "-client")
                            || secret.equals("deltashare-" + name + "-smtp")
                            || name.equals("keycloak")
                                    && secret.startsWith("deltashare-")
                                    && secret.endsWith("-client");
                    assertThat(
                                    secret.endsWith("-db-app")
                                            ? databases.contains(secret.replace("-app", ""))
                                            : secret.equals(name)
                                                    || secret.equals("deltashare-cluster-ca-cert")
                                                    || clientSecret)
                            .as("%s reads %s", name, secret)
                            .isTrue();
                }
            }
        }

        Set<String> topics = ofKind(all, "KafkaTopic").stream()
                .map(t -> map(t.get("spec")).get("topicName").toString())
                .collect(Collectors.toSet());
        for (String topic : List.of(
                Topics.CATALOG_PROVIDERS,
                Topics.CATALOG_INSTRUMENTS,
                Topics.BOOKINGS,
                Topics.VOUCHERS,
                Topics.LEDGER,
                Topics.ORGANIZATIONS,
                Topics.SUBSIDIES)) {
            assertThat(topics).contains(topic, Topics.deadLetter(topic));
        }
        assertThat(ofKind(all, "KafkaTopic"))
                .allSatisfy(t -> assertThat(map(t.get("spec")).get("replicas")).isEqualTo(3));
        assertThat(ofKind(all, "KafkaNodePool"))
                .singleElement()
                .satisfies(pool ->
                        assertThat(map(pool.get("spec")).get("replicas")).isEqualTo(3));
    }

    @Test
    void noDemoUserSecretOrTheOverlayIsReachableFromComposeOrKubernetes() throws Exception {
        JsonNode overlay = new ObjectMapper()
                .readTree(REPO.resolve("deploy/keycloak/demo/deltashare-demo-overlay.json")
                        .toFile());
        List<String> forbidden =
                new ArrayList<>(List.of("deltashare-demo", "keycloak/demo", "deploy/keycloak:", "demo.deltashare.io"));
        overlay.path("users")
                .forEach(user -> forbidden.add(user.path("username").asText()));
        String production = Files.readString(REPO.resolve("deploy/keycloak/deltashare-realm.json"));
        overlay.path("clients").forEach(client -> {
            if (client.hasNonNull("secret")) {
                forbidden.add(client.path("secret").asText());
                if (!production.contains(
                        "\"clientId\": \"" + client.path("clientId").asText() + "\"")) {
                    forbidden.add(client.path("clientId").asText()); // a demo-only client, such as a demo partner
                }
            }
        });
        assertThat(forbidden).contains("admin.platform", "partner-demo-secret");

        List<Path> manifests = new ArrayList<>(List.of(
                REPO.resolve("docker-compose.yml"),
                REPO.resolve("deploy/keycloak/deltashare-realm.json"),
                REPO.resolve("deploy/postgres/init-databases.sh")));
        try (var k8s = Files.list(REPO.resolve("deploy/k8s"))) {
            k8s.filter(f -> f.toString().endsWith(".yaml")).forEach(manifests::add);
        }
        for (Path manifest : manifests) {
            String text = Files.readString(manifest);
            assertThat(forbidden)
                    .as("demo identities in %s", REPO.relativize(manifest))
                    .noneMatch(text::contains);
            assertThat(text.toUpperCase(java.util.Locale.ROOT).replace('.', '_'))
                    .as("the simulated clock in %s (deploy/simulation only)", REPO.relativize(manifest))
                    .doesNotContain("DELTASHARE_SIMULATION");
            assertThat(text)
                    .as("a default password in %s", REPO.relativize(manifest))
                    .doesNotContainPattern(
                            "PASSWORD(:-|: ?)(admin|demo|postgres|catalog|booking|voucher|settlement|gateway)\\b");
        }
        // compose mounts the production realm file itself, never the directory that holds the overlay
        Map<String, Object> keycloak =
                map(map(documents(REPO.resolve("docker-compose.yml")).get(0).get("services"))
                        .get("keycloak"));
        assertThat(list(keycloak.get("volumes")))
                .singleElement()
                .asString()
                .startsWith("./deploy/keycloak/deltashare-realm.json:");
        assertThat(Files.readString(REPO.resolve("deploy/k8s/README.md")))
                .contains("--from-file=deploy/keycloak/deltashare-realm.json")
                .doesNotContain("demo-overlay");
    }

    @Test
    void kafkaTalksTlsWithClientCertificatesAndEachServiceWritesOnlyItsOwnTopics() throws Exception {
        Path k8s = REPO.resolve("deploy/k8s");
        Map<String, Object> kafka =
                ofKind(documents(k8s.resolve("kafka.yaml")), "Kafka").get(0);
        Map<String, Object> spec = map(map(kafka.get("spec")).get("kafka"));
        assertThat(list(spec.get("listeners"))).isNotEmpty().allSatisfy(listener -> {
            assertThat(map(listener).get("tls")).isEqualTo(true);
            assertThat(map(map(listener).get("authentication")).get("type")).isEqualTo("tls");
            assertThat(map(listener)).containsKey("networkPolicyPeers");
        });
        assertThat(map(spec.get("authorization")).get("type")).isEqualTo("simple");

        List<Map<String, Object>> users = ofKind(documents(k8s.resolve("kafka-users.yaml")), "KafkaUser");
        assertThat(names(users, "KafkaUser")).containsExactlyInAnyOrderElementsOf(APPS);
        for (Map<String, Object> user : users) {
            String service = map(user.get("metadata")).get("name").toString();
            for (Object entry :
                    list(map(map(user.get("spec")).get("authorization")).get("acls"))) {
                Map<String, Object> resource = map(map(entry).get("resource"));
                List<Object> operations = list(map(entry).get("operations"));
                String name = String.valueOf(resource.get("name"));
                switch (resource.get("type").toString()) {
                    case "topic" -> {
                        assertThat(resource.get("patternType")).as(service).isEqualTo("literal");
                        if (operations.contains("Write")) {
                            assertThat(name.startsWith(service + ".") || name.endsWith(".dlq"))
                                    .as("%s writes %s", service, name)
                                    .isTrue();
                        }
                        if (operations.contains("Read")) {
                            assertThat(name)
                                    .as("%s reads", service)
                                    .doesNotEndWith(".dlq")
                                    .doesNotStartWith(service + ".");
                        }
                    }
                    case "group" ->
                        assertThat(name).as("%s's consumer group", service).isEqualTo(service);
                    case "cluster" -> assertThat(operations).as(service).doesNotContain("Alter", "All", "Create");
                    default -> throw new AssertionError(service + " has an ACL on " + resource);
                }
                assertThat(operations).as(service).doesNotContain("All", "Delete", "Alter");
            }
        }
    }

    @Test
    void healthAndMetricsAreOnlyOnTheManagementPortAndLoginsOnlyOnTheRealmPaths() throws Exception {
        Path k8s = REPO.resolve("deploy/k8s");
        List<Map<String, Object>> services = documents(k8s.resolve("services.yaml"));
        for (Map<String, Object> deployment : ofKind(services, "Deployment")) {
            Map<String, Object> container = map(
                    list(map(map(map(deployment.get("spec")).get("template")).get("spec"))
                                    .get("containers"))
                            .get(0));
            for (String probe : List.of("readinessProbe", "livenessProbe", "startupProbe")) {
                assertThat(map(map(container.get(probe)).get("httpGet")).get("port"))
                        .isEqualTo("management");
            }
        }
        assertThat(ofKind(services, "Service"))
                .allSatisfy(service -> assertThat(list(map(service.get("spec")).get("ports")))
                        .allSatisfy(
                                port -> assertThat(map(port).get("targetPort")).isEqualTo("http")));

        Map<String, Object> ingress =
                ofKind(documents(k8s.resolve("ingress.yaml")), "Ingress").get(0);
        for (Object rule : list(map(ingress.get("spec")).get("rules"))) {
            for (Object path : list(map(map(rule).get("http")).get("paths"))) {
                String backend = map(map(map(path).get("backend")).get("service"))
                        .get("name")
                        .toString();
                if (backend.equals("keycloak")) {
                    assertThat(map(path).get("path").toString()).isIn("/realms/deltashare/", "/resources/");
                }
            }
        }
        assertThat(names(documents(k8s.resolve("network-policies.yaml")), "NetworkPolicy"))
                .contains("default-deny-ingress", "gateway-from-ingress", "booking-db", "keycloak-db");
    }

    private static List<Map<String, Object>> ofKind(List<Map<String, Object>> documents, String kind) {
        return documents.stream().filter(d -> kind.equals(d.get("kind"))).toList();
    }

    private static Set<String> names(List<Map<String, Object>> documents, String kind) {
        return ofKind(documents, kind).stream()
                .map(d -> map(d.get("metadata")).get("name").toString())
                .collect(Collectors.toSet());
    }
}
