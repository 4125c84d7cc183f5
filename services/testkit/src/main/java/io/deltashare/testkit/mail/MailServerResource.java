package io.deltashare.testkit.mail;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Points Quarkus Mailer of a {@code @QuarkusTest} at the JVM's shared {@link LocalMailServer}: real SMTP, whose
 * received messages tests read with {@link Mailbox}.
 */
public class MailServerResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        LocalMailServer.Address server = LocalMailServer.shared();
        return Map.of(
                "quarkus.mailer.host",
                "127.0.0.1",
                "quarkus.mailer.port",
                Integer.toString(server.smtpPort()),
                "quarkus.mailer.start-tls",
                "DISABLED",
                "testkit.mail.web-url",
                server.webUrl());
    }

    @Override
    public void stop() {
        // The server is shared by all test classes of this JVM and stopped by its shutdown hook.
    }
}
