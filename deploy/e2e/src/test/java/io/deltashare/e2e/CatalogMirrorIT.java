package io.deltashare.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.deltashare.sdk.ApiException;
import io.deltashare.sdk.api.CatalogChangesApi;
import io.deltashare.sdk.api.InstrumentsApi;
import io.deltashare.sdk.api.ProvidersApi;
import io.deltashare.sdk.api.WebhooksApi;
import io.deltashare.sdk.model.CatalogChange;
import io.deltashare.sdk.model.ChangePage;
import io.deltashare.sdk.model.NewSubscription;
import io.deltashare.testkit.keycloak.DemoRealm;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A province platform mirrors the Delta's catalog through the gateway with the generated Java SDK: it reads the public
 * change feed once from the start, keeps the newest change of each listing, and from then on reads on from its cursor;
 * it also hears of new listings of its region by webhook, which needs no firm's grant.
 */
class CatalogMirrorIT {

    private static DeltaShareSystem system;

    @BeforeAll
    static void startTheSystem() throws Exception {
        system = DeltaShareSystem.shared();
    }

    /** Reads the feed after {@code since} (from the start when null) to its end into {@code mirror}; the new cursor. */
    private static String readOn(CatalogChangesApi feed, String since, Map<UUID, CatalogChange> mirror)
            throws ApiException {
        String cursor = since;
        while (true) {
            ChangePage page = feed.listCatalogChanges(CatalogChangesApi.APIListCatalogChangesRequest.newBuilder()
                    .since(cursor)
                    .limit(500)
                    .build());
            page.getItems().forEach(change -> mirror.put(change.getId(), change));
            cursor = page.getCursor();
            if (page.getNext() == null) {
                return cursor;
            }
        }
    }

    @Test
    void aProvincePlatformMirrorsTheCatalogFromTheChangeFeedAndFollowsItsCursor() throws Exception {
        CatalogChangesApi feed = new CatalogChangesApi(system.anonymousClient());
        Map<UUID, CatalogChange> mirror = new LinkedHashMap<>();
        String cursor = readOn(feed, null, mirror);
        assertThat(mirror.keySet())
                .as("every demo instrument is in a mirror read from the start")
                .containsAll(
                        system.demoInstruments().stream().map(UUID::fromString).toList());

        UUID provider = new ProvidersApi(system.client("provider.sh-analysis-centre"))
                .listProviders(ProvidersApi.APIListProvidersRequest.newBuilder()
                        .organization(DemoRealm.SH_ANALYSIS_CENTRE.toString())
                        .build())
                .getItems()
                .get(0)
                .getId();
        UUID listed = UUID.fromString(system.demo().pendingListing(provider.toString()));
        assertThat(mirror).doesNotContainKey(listed); // waiting for review is not in the public catalog

        // the same platform also hears of new Shanghai listings by webhook, with no firm's grant
        List<String> received = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/catalog", exchange -> {
            received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            new WebhooksApi(system.partnerClient("partner-hefei-lab-portal", "partner-two-demo-secret"))
                    .createWebhookSubscription(
                            new NewSubscription()
                                    .url("http://127.0.0.1:"
                                            + receiver.getAddress().getPort() + "/catalog")
                                    .eventTypes(List.of("io.deltashare.instrumentcatalog.InstrumentListed.v1"))
                                    .regions(List.of("CN-SH")),
                            Sdk.newKey());
            new InstrumentsApi(system.client("admin.platform")).approveInstrumentListing(listed);
            Awaitility.await()
                    .atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> received.stream().anyMatch(body -> body.contains(listed.toString())));
        } finally {
            receiver.stop(0);
        }

        String from = cursor;
        Map<UUID, CatalogChange> news = new LinkedHashMap<>();
        String next = Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> readOn(feed, from, news), ignored -> news.containsKey(listed));
        CatalogChange change = news.get(listed);
        assertThat(String.valueOf(change.getSubject())).isEqualTo("INSTRUMENT");
        assertThat(String.valueOf(change.getChange())).isEqualTo("LISTED");
        assertThat(change.getRegion()).isEqualTo("CN-SH");
        assertThat(change.getListing()).containsEntry("id", listed.toString());
        assertThat(next).isNotEqualTo(cursor);
    }
}
