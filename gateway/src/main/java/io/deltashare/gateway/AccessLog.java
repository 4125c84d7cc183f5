package io.deltashare.gateway;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.deltashare.logfiles.RotatingFile;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.jboss.logging.Logger;

/**
 * The access log, one entry per request. An event loop only queues the entry: a thread of its own writes what is
 * queued every {@link #LINGER}, so a request costs no wake-up of another thread and no system call (handing each
 * line to an asynchronous log handler woke its thread once a request: a sixth of the gateway's CPU under load).
 * <p>
 * Entries go to the log, category {@code io.deltashare.gateway.access}, one record each; or, with
 * {@code gateway.access-log-file} set, to that file as JSON lines, each batch in one write. The file rotates by size
 * and age, rotated files are compressed, and all of them stay within a disk budget ({@link RotatingFile}; the
 * {@code gateway.access-log-*} settings). Should the writer fall behind by {@link #LONGEST_QUEUE}
 * entries (its output blocked), further entries are counted and dropped rather than stall the gateway, and the count
 * is logged when it catches up.
 */
@ApplicationScoped
public class AccessLog {

    /** One answered request. */
    public record Entry(
            long epochMillis,
            String method,
            String path,
            String protocol,
            String service,
            int status,
            long micros,
            String caller,
            String requestId) {

        String line() {
            return method + " " + path + " " + protocol + " -> " + service + " " + status + " " + micros / 1000 + "."
                    + micros % 1000 / 100 + " ms caller=" + caller + " request-id=" + requestId;
        }
    }

    static final String CATEGORY = "io.deltashare.gateway.access";
    static final Duration LINGER = Duration.ofMillis(20);
    static final int LONGEST_QUEUE = 100_000;
    static final int CHUNK = 1 << 16;
    private static final Logger LOG = Logger.getLogger(CATEGORY);
    private static final JsonFactory JSON = new JsonFactory();

    private final Optional<Path> file;
    private final RotatingFile.Limits limits;
    private final Clock clock;
    private final Queue<Entry> queued = new ConcurrentLinkedQueue<>();
    private final AtomicInteger length = new AtomicInteger();
    private final AtomicLong dropped = new AtomicLong();
    private final ByteArrayOutputStream batch = new ByteArrayOutputStream(1 << 16);
    private volatile boolean open = true;
    private RotatingFile channel;
    private Thread writer;

    @Inject
    AccessLog(GatewayConfig config, Clock clock) {
        this(
                config.accessLogFile(),
                new RotatingFile.Limits(
                        config.accessLogRotateSize().asLongValue(),
                        config.accessLogRotateAge(),
                        config.accessLogDiskBudget().asLongValue()),
                clock);
    }

    AccessLog(Optional<Path> file, RotatingFile.Limits limits, Clock clock) {
        this.file = file;
        this.limits = limits;
        this.clock = clock;
    }

    @PostConstruct
    void start() {
        if (file.isPresent()) {
            try {
                channel = RotatingFile.open(file.get(), limits, clock);
            } catch (UncheckedIOException e) {
                throw new IllegalStateException("gateway.access-log-file " + file.get() + " cannot be opened", e);
            }
        }
        writer = new Thread(this::write, "access-log");
        writer.setDaemon(true);
        writer.start();
    }

    /** Whether entries are written at all: callers skip building one when not. */
    boolean enabled() {
        return channel != null || LOG.isInfoEnabled();
    }

    /** Queues one entry; never blocks. */
    void record(Entry entry) {
        if (length.incrementAndGet() > LONGEST_QUEUE) {
            length.decrementAndGet();
            dropped.incrementAndGet();
            return;
        }
        queued.add(entry);
    }

    private void write() {
        while (open) {
            drain();
            LockSupport.parkNanos(this, LINGER.toNanos());
        }
        drain();
    }

    private void drain() {
        if (channel != null) {
            writeBatch();
        } else {
            for (Entry entry = queued.poll(); entry != null; entry = queued.poll()) {
                length.decrementAndGet();
                LOG.info(entry.line());
            }
        }
        long lost = dropped.getAndSet(0);
        if (lost > 0) {
            LOG.warnf("%d access-log entries dropped: the log could not keep up", lost);
        }
    }

    private void writeBatch() {
        try {
            if (queued.isEmpty()) {
                channel.rotateIfOld();
            }
            while (!queued.isEmpty()) {
                writeChunk();
            }
        } catch (IOException e) {
            LOG.errorf(e, "access-log entries could not be written to %s", file.get());
        }
    }

    /** Queued entries, up to about {@link #CHUNK} bytes of them, in one write (and never past a rotation). */
    private void writeChunk() throws IOException {
        batch.reset();
        try (JsonGenerator json = JSON.createGenerator(batch)) {
            json.setRootValueSeparator(null);
            for (Entry entry = queued.poll(); entry != null; entry = queued.poll()) {
                length.decrementAndGet();
                writeJson(json, entry);
                json.writeRaw('\n');
                if (batch.size() + json.getOutputBuffered() >= CHUNK) {
                    break;
                }
            }
        }
        channel.write(ByteBuffer.wrap(batch.toByteArray()));
    }

    private static void writeJson(JsonGenerator json, Entry entry) throws IOException {
        json.writeStartObject();
        json.writeStringField(
                "timestamp", Instant.ofEpochMilli(entry.epochMillis()).toString());
        json.writeStringField("method", entry.method());
        json.writeStringField("path", entry.path());
        json.writeStringField("protocol", entry.protocol());
        json.writeStringField("service", entry.service());
        json.writeNumberField("status", entry.status());
        json.writeNumberField("ms", entry.micros() / 1000.0);
        json.writeStringField("caller", entry.caller());
        json.writeStringField("requestId", entry.requestId());
        json.writeEndObject();
    }

    /** Writes what is still queued before the gateway stops. */
    @PreDestroy
    void close() throws InterruptedException, IOException {
        open = false;
        LockSupport.unpark(writer);
        writer.join(TimeUnit.SECONDS.toMillis(5));
        if (channel != null) {
            channel.close();
        }
    }
}
