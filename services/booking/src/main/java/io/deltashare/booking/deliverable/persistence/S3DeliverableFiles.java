package io.deltashare.booking.deliverable.persistence;

import io.deltashare.booking.BookingConfig;
import io.deltashare.booking.deliverable.application.DeliverableFiles;
import io.deltashare.booking.deliverable.application.StreamedFile;
import io.quarkus.arc.lookup.LookupIfProperty;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Deliverables kept in an S3-compatible object store, one object per deliverable named by its id, through the AWS SDK
 * for Java 2.x (which signs every request). An upload streams in as a multipart upload of {@link #PART}-byte parts, so
 * no more than one part is held in memory; an upload that fails or runs past the limit is aborted, leaving nothing.
 * Selected with {@code booking.deliverables.store=s3}; the bucket must exist.
 */
@ApplicationScoped
@LookupIfProperty(name = "booking.deliverables.store", stringValue = "s3")
public class S3DeliverableFiles implements DeliverableFiles {

    /** A part of a multipart upload: 8 MiB (S3 wants at least 5 MiB for every part but the last). */
    static final int PART = 8 << 20;

    private final S3Client s3;
    private final String bucket;

    @Inject
    S3DeliverableFiles(BookingConfig config) {
        this(client(config.deliverables().s3()), config.deliverables().s3().bucket());
    }

    public S3DeliverableFiles(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    /**
     * The client for {@code settings}. The SDK's default request checksums (CRC32 trailers) are asked for only where
     * an operation requires them: several S3-compatible stores refuse the trailers.
     */
    public static S3Client client(BookingConfig.S3 settings) {
        S3ClientBuilder builder = S3Client.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .region(Region.of(settings.region()))
                .forcePathStyle(settings.pathStyle())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .credentialsProvider(credentials(settings));
        settings.endpoint().ifPresent(builder::endpointOverride);
        return builder.build();
    }

    private static AwsCredentialsProvider credentials(BookingConfig.S3 settings) {
        if (settings.accessKeyId().isPresent()) {
            return StaticCredentialsProvider.create(AwsBasicCredentials.create(
                    settings.accessKeyId().get(),
                    settings.secretAccessKey()
                            .orElseThrow(() -> new IllegalStateException(
                                    "booking.deliverables.s3.access-key-id is set without a secret-access-key"))));
        }
        return DefaultCredentialsProvider.builder().build();
    }

    @PreDestroy
    void close() {
        s3.close();
    }

    @Override
    public String name() {
        return "s3";
    }

    @Override
    public Stored store(UUID key, InputStream content, long maxBytes) {
        String object = key.toString();
        String upload = answered(() -> s3.createMultipartUpload(
                        b -> b.bucket(bucket).key(object).contentType("application/octet-stream"))
                .uploadId());
        List<CompletedPart> parts = new ArrayList<>();
        ByteArrayOutputStream part = new ByteArrayOutputStream(PART + StreamedFile.CHUNK);
        try {
            Stored stored = StreamedFile.read(content, maxBytes, (seq, bytes, length) -> {
                part.write(bytes, 0, length);
                if (part.size() >= PART) {
                    parts.add(uploadPart(object, upload, parts.size() + 1, part));
                    part.reset();
                }
            });
            if (part.size() > 0 || parts.isEmpty()) {
                parts.add(uploadPart(object, upload, parts.size() + 1, part));
            }
            answered(() -> s3.completeMultipartUpload(
                    b -> b.bucket(bucket).key(object).uploadId(upload).multipartUpload(m -> m.parts(parts))));
            return stored;
        } catch (RuntimeException failed) {
            try {
                s3.abortMultipartUpload(b -> b.bucket(bucket).key(object).uploadId(upload));
            } catch (RuntimeException abortFailed) {
                failed.addSuppressed(abortFailed); // the store expires abandoned uploads by its lifecycle rule
            }
            throw failed;
        }
    }

    private CompletedPart uploadPart(String object, String upload, int number, ByteArrayOutputStream part) {
        String etag = answered(() -> s3.uploadPart(
                        b -> b.bucket(bucket).key(object).uploadId(upload).partNumber(number),
                        RequestBody.fromBytes(part.toByteArray()))
                .eTag());
        return CompletedPart.builder().partNumber(number).eTag(etag).build();
    }

    @Override
    public InputStream open(UUID key) {
        return answered(() -> s3.getObject(b -> b.bucket(bucket).key(key.toString())));
    }

    @Override
    public void delete(UUID key) {
        answered(() -> s3.deleteObject(b -> b.bucket(bucket).key(key.toString())));
    }

    /**
     * The store's answer; its own failures (5xx: restarting, overloaded) are reported as I/O failures, which the
     * service answers with 503 like an unreachable database.
     */
    private static <T> T answered(Supplier<T> call) {
        try {
            return call.get();
        } catch (S3Exception e) {
            if (e.statusCode() >= 500) {
                throw new UncheckedIOException(new IOException("the object store answered " + e.statusCode(), e));
            }
            throw e;
        }
    }
}
