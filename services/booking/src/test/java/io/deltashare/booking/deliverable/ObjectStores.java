package io.deltashare.booking.deliverable;

import io.deltashare.booking.BookingConfig;
import io.deltashare.booking.deliverable.persistence.S3DeliverableFiles;
import io.deltashare.testkit.s3.LocalS3Server;
import java.net.URI;
import java.util.Optional;
import software.amazon.awssdk.services.s3.S3Client;

/** The settings and clients of the testkit's S3 server, as the service would be configured for it. */
public final class ObjectStores {

    private ObjectStores() {}

    /** A client of {@code server} signing with {@code secretKey}. */
    public static S3Client client(LocalS3Server server, String secretKey) {
        return S3DeliverableFiles.client(settings(server.endpoint(), LocalS3Server.ACCESS_KEY, secretKey));
    }

    /** A client of {@code server} with its credentials. */
    public static S3Client client(LocalS3Server server) {
        return client(server, LocalS3Server.SECRET_KEY);
    }

    private static BookingConfig.S3 settings(URI endpoint, String accessKey, String secretKey) {
        return new BookingConfig.S3() {
            @Override
            public Optional<URI> endpoint() {
                return Optional.of(endpoint);
            }

            @Override
            public String region() {
                return "us-east-1";
            }

            @Override
            public String bucket() {
                return "deliverables";
            }

            @Override
            public boolean pathStyle() {
                return true;
            }

            @Override
            public Optional<String> accessKeyId() {
                return Optional.of(accessKey);
            }

            @Override
            public Optional<String> secretAccessKey() {
                return Optional.of(secretKey);
            }
        };
    }
}
