package io.deltashare.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PartnerGrantsTest {

    private static final UUID ZJ = UUID.fromString("0a1f0c5e-5d4b-4b8e-9f00-000000000103");
    private static final UUID JS = UUID.fromString("0a1f0c5e-5d4b-4b8e-9f00-000000000102");

    @Test
    void aServiceSeesOnlyTheFirmsThatGrantedItsScope() {
        List<PartnerGrants.Grant> grants = PartnerGrants.parse(List.of(
                "{\"firm\":\"" + ZJ + "\",\"region\":\"CN-ZJ\",\"scopes\":[\"book\",\"statements\"]}",
                "{\"firm\":\"" + JS + "\",\"region\":\"CN-JS\",\"scopes\":[\"vouchers\"]}"));

        assertThat(PartnerGrants.firmsWith(grants, Optional.of("book"))).containsOnlyKeys(ZJ);
        assertThat(PartnerGrants.firmsWith(grants, Optional.of("vouchers"))).containsOnlyKeys(JS);
        assertThat(PartnerGrants.firmsWith(grants, Optional.empty())).containsOnlyKeys(ZJ, JS);
        assertThat(PartnerGrants.firmsWith(grants, Optional.of("book")).get(ZJ).region())
                .contains("CN-ZJ");
    }

    @Test
    void aMalformedGrantGivesNoRights() {
        List<PartnerGrants.Grant> grants = PartnerGrants.parse(List.of(
                "{\"firm\":\"not-a-uuid\",\"scopes\":[\"book\"]}",
                "not json",
                "{\"region\":\"CN-ZJ\",\"scopes\":[\"book\"]}",
                "{\"firm\":\"" + ZJ + "\"}"));

        assertThat(grants).extracting(PartnerGrants.Grant::firm).containsExactly(ZJ);
        assertThat(PartnerGrants.firmsWith(grants, Optional.empty())).isEmpty(); // no scope granted: no rights
    }

    @Test
    void aGrantWritesTheJsonItIsReadFrom() {
        PartnerGrants.Grant grant = new PartnerGrants.Grant(ZJ, Optional.of("CN-ZJ"), Set.of("statements", "book"));

        assertThat(grant.toJson())
                .isEqualTo("{\"firm\":\"" + ZJ + "\",\"region\":\"CN-ZJ\",\"scopes\":[\"book\",\"statements\"]}");
        assertThat(PartnerGrants.parse(List.of(grant.toJson()))).containsExactly(grant);
    }
}
