package io.deltashare.gateway;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.jboss.logging.Logger;

/**
 * The access log, one line per request in category {@code io.deltashare.gateway.access}. An event loop only queues
 * the line: one thread of its own hands the queued lines to the log every {@link #LINGER}, so a request costs no
 * wake-up of another thread and no system call (handing each line to an asynchronous log handler woke its thread
 * once a request: a sixth of the gateway's CPU under load). Should the log fall behind by {@link #LONGEST_QUEUE}
 * lines (its output blocked), further lines are counted and dropped rather than stall the gateway, and the count is
 * logged when it catches up.
 */
@ApplicationScoped
public class AccessLog {

    static final String CATEGORY = "io.deltashare.gateway.access";
    static final Duration LINGER = Duration.ofMillis(20);
    static final int LONGEST_QUEUE = 100_000;
    private static final Logger LOG = Logger.getLogger(CATEGORY);

    private final Queue<String> queued = new ConcurrentLinkedQueue<>();
    private final AtomicInteger length = new AtomicInteger();
    private final AtomicLong dropped = new AtomicLong();
    private volatile boolean open = true;
    private Thread writer;

    @PostConstruct
    void start() {
        writer = new Thread(this::write, "access-log");
        writer.setDaemon(true);
        writer.start();
    }

    /** Whether a line would be written at all: callers skip building it when not. */
    boolean enabled() {
        return LOG.isInfoEnabled();
    }

    /** Queues one line; never blocks. */
    void record(String line) {
        if (length.incrementAndGet() > LONGEST_QUEUE) {
            length.decrementAndGet();
            dropped.incrementAndGet();
            return;
        }
        queued.add(line);
    }

    private void write() {
        while (open) {
            drain();
            LockSupport.parkNanos(this, LINGER.toNanos());
        }
        drain();
    }

    private void drain() {
        for (String line = queued.poll(); line != null; line = queued.poll()) {
            length.decrementAndGet();
            LOG.info(line);
        }
        long lost = dropped.getAndSet(0);
        if (lost > 0) {
            LOG.warnf("%d access-log lines dropped: the log could not keep up", lost);
        }
    }

    /** Writes what is still queued before the gateway stops. */
    @PreDestroy
    void close() throws InterruptedException {
        open = false;
        LockSupport.unpark(writer);
        writer.join(TimeUnit.SECONDS.toMillis(5));
    }
}
