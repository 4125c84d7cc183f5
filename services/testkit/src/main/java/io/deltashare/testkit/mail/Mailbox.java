package io.deltashare.testkit.mail;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.function.Predicate;

/**
 * What a {@link LocalMailServer} received, read through its JSON view: how tests see the e-mails a service sent over
 * SMTP, whatever class loader started the server.
 */
public final class Mailbox {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String webUrl;

    public Mailbox(String webUrl) {
        this.webUrl = webUrl.endsWith("/") ? webUrl : webUrl + "/";
    }

    /** The mailbox of the JVM's shared server. */
    public static Mailbox shared() {
        return new Mailbox(LocalMailServer.shared().webUrl());
    }

    /** Every message received, oldest first. */
    public List<LocalMailServer.Received> all() {
        try {
            HttpResponse<String> answer = HTTP.send(
                    HttpRequest.newBuilder(URI.create(webUrl + "api/messages")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("the mail server's view answered " + answer.statusCode());
            }
            return JSON.readValue(answer.body(), new TypeReference<>() {});
        } catch (IOException e) {
            throw new IllegalStateException("the mail server's view cannot be read", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the mailbox", e);
        }
    }

    /** The messages that match {@code which}, oldest first. */
    public List<LocalMailServer.Received> matching(Predicate<LocalMailServer.Received> which) {
        return all().stream().filter(which).toList();
    }

    /** Those sent about event {@code eventId} (the {@code X-DeltaShare-Event} header). */
    public List<LocalMailServer.Received> about(Object eventId) {
        return matching(m -> String.valueOf(eventId).equals(m.headers().get("X-DeltaShare-Event")));
    }
}
