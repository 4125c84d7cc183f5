package io.deltashare.notification.notice.domain;

import java.util.Locale;

/** The two languages e-mails are written in; a person's is the locale of their account. */
public enum MailLocale {
    ZH,
    EN;

    /**
     * The language for an account's {@code locale} attribute ({@code zh-CN}, {@code zh_TW}, {@code en-GB}, …):
     * Chinese for any Chinese locale, English for any other locale, {@code fallback} when the account names none.
     */
    public static MailLocale of(String accountLocale, MailLocale fallback) {
        if (accountLocale == null || accountLocale.isBlank()) {
            return fallback;
        }
        return accountLocale.strip().toLowerCase(Locale.ROOT).startsWith("zh") ? ZH : EN;
    }

    /** {@code zh} or {@code en}: the suffix of its templates and the delivery log's column. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
