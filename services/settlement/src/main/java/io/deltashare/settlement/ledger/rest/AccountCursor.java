package io.deltashare.settlement.ledger.rest;

import io.deltashare.platform.decision.Rejected;
import io.deltashare.settlement.ledger.domain.AccountKind;
import io.deltashare.settlement.ledger.domain.AccountRef;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Where a page of accounts ends: the last account's kind and owner, opaque to the client. */
final class AccountCursor {

    private AccountCursor() {}

    static String encode(AccountKind kind, String owner) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((kind.name() + "|" + owner).getBytes(StandardCharsets.UTF_8));
    }

    /** The account a cursor names, or null for the first page; anything else is a 400. */
    static AccountRef decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", 2);
            return new AccountRef(AccountKind.valueOf(parts[0]), parts[1]);
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            throw Rejected.invalid("cursor", "use the next link of a previous page");
        }
    }
}
