package io.deltashare.notification.delivery.application;

import io.deltashare.contracts.catalog.LocalizedText;
import io.deltashare.documents.text.Amounts;
import io.deltashare.documents.text.RegionNames;
import io.deltashare.notification.NotificationConfig;
import io.deltashare.notification.notice.domain.Kind;
import io.deltashare.notification.notice.domain.MailLocale;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Writes a notice's e-mail in a person's language from the Qute templates {@code templates/mail/<kind>.<zh|en>.txt}:
 * each has a {@code subject} and a {@code body} fragment. The body goes out as plain text and, in
 * {@code templates/mail/layout.html}, as HTML. Templates get the notice's facts as they are, and made readable: names
 * for ids, amounts in yuan ({@code feeText}), instants in Beijing time ({@code startText}), regions by name.
 */
@ApplicationScoped
public class MailTemplates {

    /** An e-mail ready to send. */
    public record Written(String subject, String text, String html) {}

    /** Facts that are amounts in fen; each gets a {@code <name>Text} in yuan. */
    private static final Set<String> AMOUNTS = Set.of(
            "fee",
            "voucherShare",
            "charge",
            "price",
            "voucherHeld",
            "faceValue",
            "total",
            "crossRegionTotal",
            "opening",
            "closing");
    /** Facts that are instants; each gets a {@code <name>Text} in Beijing time. */
    private static final Set<String> INSTANTS = Set.of("start", "end", "expiresAt", "appliedAt");
    /** Facts that are organizations' or instruments' ids; each gets a {@code <name>Name} (a category or a
     * generic word until the name arrives). */
    private static final Set<String> NAMED = Set.of("provider", "firm", "instrument");

    /** What an e-mail calls an organization whose name has not arrived (yet). */
    private static final Map<MailLocale, Map<String, String>> UNNAMED = Map.of(
            MailLocale.ZH, Map.of("provider", "服务机构", "firm", "一家企业"),
            MailLocale.EN, Map.of("provider", "The provider", "firm", "A firm"));

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final Map<MailLocale, DateTimeFormatter> TIMES = Map.of(
            MailLocale.ZH, DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm", Locale.SIMPLIFIED_CHINESE),
            MailLocale.EN, DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH));

    private final Engine engine;
    private final String platformUrl;

    MailTemplates(Engine engine, NotificationConfig config) {
        this.engine = engine;
        this.platformUrl = config.platformUrl().replaceAll("/+$", "");
    }

    /** The ids of organizations and instruments that an e-mail with {@code facts} calls by name. */
    public static Set<UUID> named(Map<String, String> facts) {
        Set<UUID> ids = new HashSet<>();
        NAMED.forEach(key -> {
            if (facts.containsKey(key)) {
                ids.add(UUID.fromString(facts.get(key)));
            }
        });
        return ids;
    }

    /**
     * The e-mail of a notice of {@code kind} with {@code facts}, in {@code locale}; {@code names} holds what the ids
     * of {@link #named(Map) named(facts)} are called, those whose name arrived.
     */
    public Written write(Kind kind, MailLocale locale, Map<String, String> facts, Map<UUID, LocalizedText> names) {
        String name = "mail/" + kind.template() + "." + locale.code();
        Template template = engine.getTemplate(name);
        if (template == null) {
            throw new IllegalStateException("no template " + name);
        }
        Map<String, Object> data = data(locale, facts, names);
        String subject =
                fill(template.getFragment("subject").instance(), data).render().strip();
        String text =
                fill(template.getFragment("body").instance(), data).render().strip();
        List<String> paragraphs = Arrays.stream(text.split("\\n\\s*\\n"))
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .toList();
        String html = engine.getTemplate("mail/layout")
                .data("subject", subject)
                .data("paragraphs", paragraphs)
                .data("zh", locale == MailLocale.ZH)
                .data("preferences", platformUrl + "/api/v1/notification-preferences/me")
                .render();
        return new Written(subject, text, html);
    }

    private Map<String, Object> data(MailLocale locale, Map<String, String> facts, Map<UUID, LocalizedText> names) {
        Map<String, Object> data = new HashMap<>(facts);
        facts.forEach((key, value) -> {
            if (AMOUNTS.contains(key)) {
                data.put(key + "Text", Amounts.withSign(Long.parseLong(value)));
            }
            if (INSTANTS.contains(key)) {
                data.put(
                        key + "Text",
                        TIMES.get(locale).format(Instant.parse(value).atZone(BEIJING)));
            }
            if (NAMED.contains(key)) {
                UUID id = UUID.fromString(value);
                String fallback = key.equals("instrument")
                        ? facts.getOrDefault("category", value)
                        : UNNAMED.get(locale).get(key);
                LocalizedText name = names.get(id);
                data.put(key + "Name", name == null ? fallback : locale == MailLocale.ZH ? name.zh() : name.en());
            }
        });
        if (facts.containsKey("fee") && facts.containsKey("voucherShare")) {
            long firmShare = Long.parseLong(facts.get("fee")) - Long.parseLong(facts.get("voucherShare"));
            data.put("firmShareText", Amounts.withSign(firmShare));
        }
        if (facts.containsKey("region")) {
            data.put("regionName", RegionNames.of(facts.get("region")));
        }
        if (facts.containsKey("serviceZh")) {
            data.put("serviceName", locale == MailLocale.ZH ? facts.get("serviceZh") : facts.get("serviceEn"));
        }
        for (String reference : List.of("booking", "order", "batch", "application", "statement")) {
            if (facts.containsKey(reference)) {
                data.put("reference", facts.get(reference).substring(0, 8));
                break;
            }
        }
        data.put("platformUrl", platformUrl);
        return data;
    }

    private static TemplateInstance fill(TemplateInstance instance, Map<String, Object> data) {
        data.forEach(instance::data);
        return instance;
    }
}
