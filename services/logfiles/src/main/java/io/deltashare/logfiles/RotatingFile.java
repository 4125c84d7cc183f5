package io.deltashare.logfiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * A log file that cannot fill the disk. Writes go to {@code path}; it is rotated before a write would take it past
 * {@link Limits#fileBytes}, once it is {@link Limits#age} old, and when it is opened with something already in it
 * (what a previous run wrote). A rotated file is renamed to {@code <name>.<UTC time>-<n>} ({@code n} counting
 * rotations within one millisecond) and compressed on a thread of its own to {@code <name>.<UTC time>-<n>.gz}, so a write never waits for gzip; then the oldest compressed files are
 * deleted until the live file's limit and the compressed files together fit in {@link Limits#totalBytes}. While one
 * rotated file is being compressed, the disk used may exceed the budget by that file.
 *
 * <p>A compression cut short by a crash is redone when the file is next opened. Not for concurrent writers in
 * several processes; writes from several threads of one process are serialized.
 */
public final class RotatingFile implements AutoCloseable {

    /**
     * How big and how old the live file may grow, and the disk all of the log's files may use together. The budget
     * must hold the live file and at least one compressed one.
     */
    public record Limits(long fileBytes, Duration age, long totalBytes) {

        /** 16 MiB per file, a day at most, 64 MiB for all: what the local run gives every process. */
        public static final Limits LOCAL = new Limits(16L << 20, Duration.ofDays(1), 64L << 20);

        public Limits {
            if (fileBytes <= 0 || age.isNegative() || age.isZero()) {
                throw new IllegalArgumentException(
                        "a log file needs a positive size and age: " + fileBytes + ", " + age);
            }
            if (totalBytes < 2 * fileBytes) {
                throw new IllegalArgumentException(
                        "a log's budget (" + totalBytes + " bytes) must hold at least two files of " + fileBytes);
            }
        }
    }

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final String COMPRESSED = ".gz";
    private static final System.Logger LOG = System.getLogger(RotatingFile.class.getName());

    private final Path path;
    private final Limits limits;
    private final Clock clock;
    private final ExecutorService compressor;
    private FileChannel channel;
    private long size;
    private Instant openedAt;

    private RotatingFile(Path path, Limits limits, Clock clock) {
        this.path = path.toAbsolutePath();
        this.limits = limits;
        this.clock = clock;
        this.compressor = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "compress-" + path.getFileName());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Opens {@code path} for appending, rotating away what a previous run left in it. */
    public static RotatingFile open(Path path, Limits limits, Clock clock) {
        RotatingFile file = new RotatingFile(path, limits, clock);
        try {
            Files.createDirectories(file.path.getParent());
            for (Path unfinished : file.rotatedButNotCompressed()) {
                file.compressLater(unfinished);
            }
            file.openLive();
            if (file.size > 0) {
                file.rotate();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("log file " + path + " cannot be opened", e);
        }
        return file;
    }

    public Path path() {
        return path;
    }

    /** Writes all of {@code bytes}, after rotating when the file is full or old. */
    public synchronized void write(ByteBuffer bytes) throws IOException {
        if (size > 0 && (size + bytes.remaining() > limits.fileBytes() || isOld())) {
            rotate();
        }
        while (bytes.hasRemaining()) {
            size += channel.write(bytes);
        }
    }

    public void write(byte[] bytes, int offset, int length) throws IOException {
        write(ByteBuffer.wrap(bytes, offset, length));
    }

    /** Rotates a file that has grown old while nothing was written; writers that idle call it now and then. */
    public synchronized void rotateIfOld() throws IOException {
        if (size > 0 && isOld()) {
            rotate();
        }
    }

    /** The log's compressed files, oldest first. */
    private List<Path> archives() throws IOException {
        return siblings(name -> name.endsWith(COMPRESSED));
    }

    /** Closes the live file and waits (up to 10 s) for compressions under way. */
    @Override
    public synchronized void close() throws IOException {
        channel.close();
        compressor.shutdown();
        try {
            compressor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean isOld() {
        return !clock.instant().isBefore(openedAt.plus(limits.age()));
    }

    private void openLive() throws IOException {
        channel =
                FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        size = channel.size();
        openedAt = clock.instant();
    }

    private void rotate() throws IOException {
        channel.close();
        // the time and a sequence number within its millisecond: names sort as the files were rotated
        String stamp = STAMP.format(clock.instant());
        Path rotated = null;
        for (int n = 0; rotated == null || Files.exists(rotated) || Files.exists(compressedOf(rotated)); n++) {
            rotated = path.resolveSibling(String.format("%s.%s-%03d", path.getFileName(), stamp, n));
        }
        Files.move(path, rotated, StandardCopyOption.ATOMIC_MOVE);
        openLive();
        compressLater(rotated);
    }

    private void compressLater(Path rotated) {
        compressor.execute(() -> {
            try {
                compress(rotated);
                keepWithinBudget();
            } catch (IOException e) {
                // the rotated file stays as it is, and is compressed when the log is next opened
                LOG.log(System.Logger.Level.WARNING, "log file " + rotated + " could not be compressed", e);
            }
        });
    }

    private static void compress(Path rotated) throws IOException {
        Path partial = rotated.resolveSibling(rotated.getFileName() + COMPRESSED + ".partial");
        try (InputStream in = Files.newInputStream(rotated);
                OutputStream out = new GZIPOutputStream(Files.newOutputStream(partial), 1 << 16)) {
            in.transferTo(out);
        }
        Files.move(partial, compressedOf(rotated), StandardCopyOption.ATOMIC_MOVE);
        Files.delete(rotated);
    }

    private static Path compressedOf(Path rotated) {
        return rotated.resolveSibling(rotated.getFileName() + COMPRESSED);
    }

    private void keepWithinBudget() throws IOException {
        List<Path> archives = archives();
        long total = limits.fileBytes();
        for (Path archive : archives) {
            total += Files.size(archive);
        }
        for (int i = 0; i < archives.size() && total > limits.totalBytes(); i++) {
            total -= Files.size(archives.get(i));
            Files.delete(archives.get(i));
        }
    }

    private List<Path> rotatedButNotCompressed() throws IOException {
        for (Path partial : siblings(name -> name.endsWith(COMPRESSED + ".partial"))) {
            Files.delete(partial);
        }
        return siblings(name -> !name.endsWith(COMPRESSED));
    }

    /** Files named {@code <name>.<UTC time>…} beside the live one that {@code test} accepts, oldest first. */
    private List<Path> siblings(java.util.function.Predicate<String> test) throws IOException {
        String prefix = path.getFileName() + ".";
        try (Stream<Path> listing = Files.list(path.getParent())) {
            List<Path> found = new ArrayList<>(listing.filter(p -> {
                        String name = p.getFileName().toString();
                        return name.startsWith(prefix)
                                && name.length() > prefix.length()
                                && Character.isDigit(name.charAt(prefix.length()))
                                && test.test(name);
                    })
                    .toList());
            found.sort(null);
            return found;
        }
    }
}
