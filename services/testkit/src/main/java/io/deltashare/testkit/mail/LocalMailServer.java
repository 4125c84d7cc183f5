package io.deltashare.testkit.mail;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.deltashare.testkit.JvmWide;
import io.deltashare.testkit.process.FreePorts;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A real SMTP server in the JVM (GreenMail), which takes mail for any address, and a small web view of what it
 * received: {@code /} lists the messages newest first, {@code /messages/<n>} shows one, and {@code /api/messages} gives
 * them all as JSON (what {@link Mailbox} reads). The tests' and the local run's mail server; it keeps mail in memory
 * only, and listens on 127.0.0.1 only.
 */
public final class LocalMailServer implements AutoCloseable {

    /** One received message, as the JSON view gives it. */
    public record Received(
            int n,
            Instant receivedAt,
            String from,
            List<String> to,
            String subject,
            String text,
            String html,
            Map<String, String> headers) {}

    private static final String PROPERTY = "testkit.mail";
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private final GreenMail smtp;
    /** The number each message got when it was first listed, by its Message-ID. */
    private final Map<String, Integer> numbers = new HashMap<>();

    private final HttpServer web;
    private final int smtpPort;

    private LocalMailServer(int smtpPort, int webPort) {
        this.smtpPort = smtpPort;
        this.smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        try {
            this.web = HttpServer.create(new InetSocketAddress("127.0.0.1", webPort), 16);
        } catch (IOException e) {
            throw new IllegalStateException("the mail web view cannot listen on port " + webPort, e);
        }
        web.createContext("/", this::answer);
    }

    /** Starts an SMTP server and its web view on the given ports (0: free ones). */
    public static LocalMailServer start(int smtpPort, int webPort) {
        LocalMailServer server = new LocalMailServer(
                smtpPort == 0 ? FreePorts.next() : smtpPort, webPort == 0 ? FreePorts.next() : webPort);
        server.smtp.start();
        server.web.start();
        return server;
    }

    /** The SMTP server and web view shared by every test of this JVM, started by the first who asks. */
    public static Address shared() {
        LocalMailServer[] started = new LocalMailServer[1];
        return JvmWide.server(
                PROPERTY,
                () -> {
                    started[0] = start(0, 0);
                    return started[0].address();
                },
                Address::format,
                Address::parse,
                address -> started[0]);
    }

    /** Where a server listens: its SMTP port and its web view. */
    public record Address(int smtpPort, String webUrl) {

        String format() {
            return smtpPort + " " + webUrl;
        }

        static Address parse(String property) {
            String[] parts = property.split(" ");
            return new Address(Integer.parseInt(parts[0]), parts[1]);
        }
    }

    /** Where this server listens. */
    public Address address() {
        return new Address(smtpPort, webUrl());
    }

    public int smtpPort() {
        return smtpPort;
    }

    /** The web view, e.g. {@code http://127.0.0.1:8025/}. */
    public String webUrl() {
        return "http://127.0.0.1:" + web.getAddress().getPort() + "/";
    }

    /**
     * Every message received so far, oldest first, each with its number. A message keeps the number it got when it was
     * first listed (GreenMail lists messages mailbox by mailbox, not in the order they came).
     */
    public synchronized List<Received> received() {
        List<MimeMessage> messages = new ArrayList<>(Arrays.asList(smtp.getReceivedMessages()));
        messages.sort(Comparator.comparing(LocalMailServer::receivedAt));
        List<Received> all = new ArrayList<>();
        for (MimeMessage message : messages) {
            int n = numbers.computeIfAbsent(idOf(message), id -> numbers.size() + 1);
            all.add(read(n, message));
        }
        all.sort(Comparator.comparingInt(Received::n));
        return all;
    }

    private static Instant receivedAt(MimeMessage message) {
        try {
            return message.getReceivedDate() == null
                    ? Instant.EPOCH
                    : message.getReceivedDate().toInstant();
        } catch (MessagingException e) {
            return Instant.EPOCH;
        }
    }

    private static String idOf(MimeMessage message) {
        try {
            String id = message.getMessageID();
            return id != null ? id : "identity:" + System.identityHashCode(message);
        } catch (MessagingException e) {
            return "identity:" + System.identityHashCode(message);
        }
    }

    @Override
    public void close() {
        web.stop(0);
        smtp.stop();
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            List<Received> all = received();
            if (path.equals("/api/messages")) {
                reply(exchange, 200, "application/json", JSON.writeValueAsString(all));
            } else if (path.startsWith("/messages/")) {
                String number = path.substring("/messages/".length());
                int n = number.matches("\\d{1,9}") ? Integer.parseInt(number) : 0;
                Received message =
                        all.stream().filter(m -> m.n() == n).findFirst().orElse(null);
                if (message == null) {
                    reply(exchange, 404, "text/plain; charset=utf-8", "no message " + n);
                } else {
                    reply(
                            exchange,
                            200,
                            "text/html; charset=utf-8",
                            message.html() != null ? message.html() : "<pre>" + escape(message.text()) + "</pre>");
                }
            } else if (path.equals("/")) {
                reply(exchange, 200, "text/html; charset=utf-8", list(all));
            } else {
                reply(exchange, 404, "text/plain; charset=utf-8", "not found");
            }
        }
    }

    private static String list(List<Received> all) {
        StringBuilder page = new StringBuilder("""
                <!DOCTYPE html><html><head><meta charset="utf-8"><title>DeltaShare local mail</title></head>
                <body style="font-family: sans-serif"><h1>Mail received by the local SMTP server</h1>
                <table cellpadding="4"><tr><th>#</th><th>received (UTC)</th><th>to</th><th>subject</th></tr>
                """);
        for (int i = all.size() - 1; i >= 0; i--) {
            Received m = all.get(i);
            page.append("<tr><td>")
                    .append(m.n())
                    .append("</td><td>")
                    .append(m.receivedAt())
                    .append("</td><td>")
                    .append(escape(String.join(", ", m.to())))
                    .append("</td><td><a href=\"/messages/")
                    .append(m.n())
                    .append("\">")
                    .append(escape(m.subject()))
                    .append("</a></td></tr>\n");
        }
        return page.append("</table></body></html>").toString();
    }

    private static void reply(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Received read(int n, MimeMessage message) {
        try {
            Map<String, String> headers = new LinkedHashMap<>();
            for (String name : List.of("X-DeltaShare-Mail", "X-DeltaShare-Event", "Content-Language")) {
                String[] values = message.getHeader(name);
                if (values != null) {
                    headers.put(name, values[0]);
                }
            }
            String[] parts = new String[2];
            collect(message.getContent(), message.getContentType(), parts);
            return new Received(
                    n,
                    receivedAt(message),
                    message.getFrom() == null ? null : message.getFrom()[0].toString(),
                    Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                            .map(Object::toString)
                            .toList(),
                    message.getSubject(),
                    parts[0],
                    parts[1],
                    headers);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("message " + n + " cannot be read", e);
        }
    }

    /** Finds the text ({@code parts[0]}) and HTML ({@code parts[1]}) bodies, however deeply nested. */
    private static void collect(Object content, String type, String[] parts) throws MessagingException, IOException {
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                collect(part.getContent(), part.getContentType(), parts);
            }
        } else if (content instanceof String text) {
            String lower = type.toLowerCase(java.util.Locale.ROOT);
            if (lower.startsWith("text/html") && parts[1] == null) {
                parts[1] = text;
            } else if (lower.startsWith("text/plain") && parts[0] == null) {
                parts[0] = text;
            }
        }
    }

    private static String escape(String text) {
        return text == null
                ? ""
                : text.replace("&", "&amp;")
                        .replace("<", "&lt;")
                        .replace(">", "&gt;")
                        .replace("\"", "&quot;");
    }
}
