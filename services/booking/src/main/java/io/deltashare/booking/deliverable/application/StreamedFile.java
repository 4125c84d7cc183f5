package io.deltashare.booking.deliverable.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Reads an upload as it streams in, in chunks of {@link #CHUNK} bytes, handing each to a store while it counts the
 * bytes, computes the SHA-256 and keeps the first bytes (to check what kind of file it is). Never holds more than one
 * chunk; stops with {@link DeliverableFiles.TooLarge} as soon as the stream passes the limit.
 */
public final class StreamedFile {

    /** One chunk: 1 MiB. */
    public static final int CHUNK = 1 << 20;

    private static final int HEAD = 64;

    private StreamedFile() {}

    /** Receives the chunks in order: {@code seq} from 0, {@code length} bytes of {@code bytes}. */
    @FunctionalInterface
    public interface ChunkSink {
        void accept(int seq, byte[] bytes, int length);
    }

    public static DeliverableFiles.Stored read(InputStream content, long maxBytes, ChunkSink sink) {
        MessageDigest sha256 = sha256();
        byte[] buffer = new byte[CHUNK];
        byte[] head = null;
        long total = 0;
        int seq = 0;
        try {
            while (true) {
                int filled = content.readNBytes(buffer, 0, CHUNK);
                if (filled == 0) {
                    break;
                }
                total += filled;
                if (total > maxBytes) {
                    throw new DeliverableFiles.TooLarge(maxBytes);
                }
                if (head == null) {
                    head = Arrays.copyOf(buffer, Math.min(HEAD, filled));
                }
                sha256.update(buffer, 0, filled);
                sink.accept(seq++, buffer, filled);
                if (filled < CHUNK) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the upload broke off", e);
        }
        return new DeliverableFiles.Stored(
                total, HexFormat.of().formatHex(sha256.digest()), head == null ? new byte[0] : head);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
