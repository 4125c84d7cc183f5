package io.deltashare.booking.quotation;

import io.deltashare.booking.deliverable.ObjectStores;
import io.deltashare.testkit.s3.LocalS3Server;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CreateBucketRequest;

/**
 * Every deliverable test of {@link DeliverableApiTest} again, with the service pointed at an S3-compatible object
 * store ({@code booking.deliverables.store=s3}, the testkit's S3Proxy) instead of its database.
 */
@QuarkusTest
@TestProfile(DeliverableInObjectStorageApiTest.InObjectStorage.class)
class DeliverableInObjectStorageApiTest extends DeliverableApiTest {

    public static class InObjectStorage implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("booking.deliverables.store", "s3");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(ObjectStore.class));
        }
    }

    /** Starts S3Proxy with a bucket for the deliverables, and stops it after the tests. */
    public static class ObjectStore implements QuarkusTestResourceLifecycleManager {

        private static final String BUCKET = "deliverables";
        private LocalS3Server server;

        @Override
        public Map<String, String> start() {
            server = LocalS3Server.start();
            Map<String, String> settings = Map.of(
                    "booking.deliverables.s3.endpoint",
                    server.endpoint().toString(),
                    "booking.deliverables.s3.bucket",
                    BUCKET,
                    "booking.deliverables.s3.access-key-id",
                    LocalS3Server.ACCESS_KEY,
                    "booking.deliverables.s3.secret-access-key",
                    LocalS3Server.SECRET_KEY);
            try (S3Client client = ObjectStores.client(server)) {
                client.createBucket(CreateBucketRequest.builder().bucket(BUCKET).build());
            }
            return settings;
        }

        @Override
        public void stop() {
            if (server != null) {
                server.close();
            }
        }
    }
}
