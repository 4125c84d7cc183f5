package io.deltashare.booking.deliverable.domain;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The kinds of file a provider may deliver, and whether a file's first bytes are what its declared content type says:
 * a PDF starts with {@code %PDF-}, a PNG and a JPEG with their signatures, an Office file or a zip with {@code PK};
 * text (CSV, plain, JSON) has no NUL byte; raw data ({@code application/octet-stream}) is anything but a program.
 * A file that is not what it claims to be is refused, so that a download never hands the firm something else.
 */
public final class FileKinds {

    /** The content types accepted, with the signature their files start with (empty: text or raw data). */
    private static final Map<String, byte[]> SIGNATURES = Map.of(
            "application/pdf", "%PDF-".getBytes(StandardCharsets.US_ASCII),
            "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'},
            "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
            "application/zip", new byte[] {'P', 'K', 3, 4},
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", new byte[] {'P', 'K', 3, 4},
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", new byte[] {'P', 'K', 3, 4},
            "text/csv", new byte[0],
            "text/plain", new byte[0],
            "application/json", new byte[0],
            "application/octet-stream", new byte[0]);

    private FileKinds() {}

    /** The content type without parameters, lower-cased, if it is one of the accepted ones. */
    public static Optional<String> accepted(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String bare = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return SIGNATURES.containsKey(bare) ? Optional.of(bare) : Optional.empty();
    }

    /** Every accepted content type, sorted. */
    public static List<String> all() {
        return SIGNATURES.keySet().stream().sorted().toList();
    }

    /** Every accepted content type, for the message that refuses another. */
    public static String list() {
        return SIGNATURES.keySet().stream().sorted().toList().toString();
    }

    /** Why a file of {@code contentType} starting with {@code head} is not what it claims, or empty when it is. */
    public static Optional<String> mismatch(String contentType, byte[] head) {
        byte[] signature = SIGNATURES.get(contentType);
        if (signature.length > 0) {
            return head.length >= signature.length && Arrays.equals(Arrays.copyOf(head, signature.length), signature)
                    ? Optional.empty()
                    : Optional.of("the file does not start like a " + contentType + " file");
        }
        if (contentType.startsWith("text/") || contentType.equals("application/json")) {
            for (byte b : head) {
                if (b == 0) {
                    return Optional.of("a " + contentType + " file has no NUL bytes; send binary data as"
                            + " application/octet-stream");
                }
            }
            return Optional.empty();
        }
        return program(head) ? Optional.of("programs are not deliverables") : Optional.empty();
    }

    /** A file name as stored and offered for download: its last path segment, without control characters. */
    public static Optional<String> fileName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String last = name.replace('\\', '/');
        last = last.substring(last.lastIndexOf('/') + 1)
                .replaceAll("\\p{Cntrl}", "")
                .trim();
        return last.isEmpty() || last.equals(".") || last.equals("..") || last.length() > 200
                ? Optional.empty()
                : Optional.of(last);
    }

    private static boolean program(byte[] head) {
        return starts(head, new byte[] {'M', 'Z'})
                || starts(head, new byte[] {0x7F, 'E', 'L', 'F'})
                || starts(head, new byte[] {'#', '!'})
                || starts(head, new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE});
    }

    private static boolean starts(byte[] head, byte[] prefix) {
        return head.length >= prefix.length && Arrays.equals(Arrays.copyOf(head, prefix.length), prefix);
    }
}
