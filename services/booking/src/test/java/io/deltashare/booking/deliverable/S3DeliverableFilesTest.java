package io.deltashare.booking.deliverable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deltashare.booking.deliverable.application.DeliverableFiles;
import io.deltashare.booking.deliverable.persistence.S3DeliverableFiles;
import io.deltashare.testkit.s3.LocalS3Server;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The S3 store of deliverables against a real S3-compatible server (the testkit's S3Proxy, which checks the SDK's
 * signatures): a file of several parts streams in and comes back byte for byte, one past the limit leaves nothing
 * behind, and a deleted file is gone.
 */
class S3DeliverableFilesTest {

    private static final String BUCKET = "deliverables";
    private static LocalS3Server server;
    private static S3Client client;
    private static DeliverableFiles files;

    @BeforeAll
    static void startTheObjectStore() {
        server = LocalS3Server.start();
        client = ObjectStores.client(server);
        client.createBucket(b -> b.bucket(BUCKET));
        files = new S3DeliverableFiles(client, BUCKET);
    }

    @AfterAll
    static void stopIt() {
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aFileOfSeveralPartsStreamsInAndComesBackByteForByte() throws Exception {
        byte[] data = new byte[20 * 1024 * 1024 + 12_345]; // three parts of at most 8 MiB
        new Random(7).nextBytes(data);
        UUID key = UUID.randomUUID();

        DeliverableFiles.Stored stored = files.store(key, new ByteArrayInputStream(data), 50L << 20);

        assertThat(stored.sizeBytes()).isEqualTo(data.length);
        assertThat(stored.sha256()).isEqualTo(sha256(data));
        assertThat(stored.head()).isEqualTo(Arrays.copyOf(data, 64));
        try (InputStream back = files.open(key)) {
            assertThat(back.readAllBytes()).isEqualTo(data);
        }
    }

    @Test
    void aFilePastTheLimitIsRefusedAndLeavesNothingBehind() {
        byte[] data = new byte[10 * 1024 * 1024];
        UUID key = UUID.randomUUID();

        assertThatThrownBy(() -> files.store(key, new ByteArrayInputStream(data), 9L << 20))
                .isInstanceOf(DeliverableFiles.TooLarge.class);

        assertThat(client.listMultipartUploads(b -> b.bucket(BUCKET)).uploads())
                .noneMatch(upload -> upload.key().equals(key.toString()));
        assertThatThrownBy(() -> files.open(key).close()).isInstanceOf(NoSuchKeyException.class);
    }

    @Test
    void aDeletedFileIsGoneAndDeletingItAgainChangesNothing() {
        UUID key = UUID.randomUUID();
        files.store(key, new ByteArrayInputStream("%PDF-1.7 report".getBytes()), 1024);

        files.delete(key);
        files.delete(key);

        assertThatThrownBy(() -> files.open(key).close()).isInstanceOf(NoSuchKeyException.class);
    }

    @Test
    void theStoreChecksTheSignatureOfEveryRequest() {
        try (S3Client forged = ObjectStores.client(server, "not-the-secret")) {
            assertThatThrownBy(() -> new S3DeliverableFiles(forged, BUCKET)
                            .store(UUID.randomUUID(), new ByteArrayInputStream(new byte[] {1}), 10))
                    .isInstanceOf(S3Exception.class)
                    .satisfies(e -> assertThat(((S3Exception) e).statusCode()).isEqualTo(403));
        }
    }

    private static String sha256(byte[] data) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    }
}
