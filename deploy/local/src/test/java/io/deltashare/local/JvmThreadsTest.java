package io.deltashare.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The thread dump of a live JVM (this one) and its summary: the threads that run the platform's code. */
class JvmThreadsTest {

    @Test
    void aLiveJvmsDumpIsKeptAndItsPlatformThreadsAreSummedUp(@TempDir Path logs) throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Thread waiting = new Thread(() -> awaitQuietly(release), "stuck-in-the-platform");
        waiting.start();
        try {
            Path file = logs.resolve("threads.txt");

            String summary = JvmThreads.dump(ProcessHandle.current().pid(), file);

            assertThat(Files.readString(file)).contains("\"stuck-in-the-platform\"", "Full thread dump");
            assertThat(summary)
                    .contains("all in " + file)
                    .contains("- stuck-in-the-platform (WAITING (parking)): ")
                    .contains("io.deltashare.local.JvmThreadsTest.awaitQuietly");
        } finally {
            release.countDown();
            waiting.join();
        }
    }

    @Test
    void idleThreadsAreLeftOutAndTheShutdownThreadIsKept() {
        List<String> dump = List.of(
                "Full thread dump OpenJDK 64-Bit Server VM:",
                "",
                "\"executor-thread-1\" #40 daemon prio=5 os_prio=0 tid=0x1 nid=0x2 waiting on condition",
                "   java.lang.Thread.State: TIMED_WAITING (parking)",
                "\tat jdk.internal.misc.Unsafe.park(java.base@17/Native Method)",
                "\tat org.jboss.threads.EnhancedQueueExecutor$PoolThreadNode.park(EnhancedQueueExecutor.java:2280)",
                "",
                "\"Shutdown thread\" #50 prio=5 os_prio=0 tid=0x3 nid=0x4 waiting on condition",
                "   java.lang.Thread.State: TIMED_WAITING (parking)",
                "\tat jdk.internal.misc.Unsafe.park(java.base@17/Native Method)",
                "\tat org.jboss.threads.EnhancedQueueExecutor.awaitTermination(EnhancedQueueExecutor.java:1434)",
                "",
                "\"executor-thread-7\" #47 daemon prio=5 os_prio=0 tid=0x5 nid=0x6 waiting on condition",
                "   java.lang.Thread.State: WAITING (parking)",
                "\tat java.util.concurrent.CompletableFuture.join(CompletableFuture.java:2072)",
                "\tat io.deltashare.gateway.webhook.application.DeliveryWorker.deliverDue(DeliveryWorker.java:86)");

        assertThat(JvmThreads.summary(dump).lines())
                .containsExactly(
                        "- Shutdown thread (TIMED_WAITING (parking)): jdk.internal.misc.Unsafe.park(java.base@17/Native"
                                + " Method) < org.jboss.threads.EnhancedQueueExecutor.awaitTermination"
                                + "(EnhancedQueueExecutor.java:1434)",
                        "- executor-thread-7 (WAITING (parking)): java.util.concurrent.CompletableFuture.join"
                                + "(CompletableFuture.java:2072) < io.deltashare.gateway.webhook.application"
                                + ".DeliveryWorker.deliverDue(DeliveryWorker.java:86)");
    }

    private static void awaitQuietly(CountDownLatch release) {
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
