package io.deltashare.membership.joining.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CreditCodeTest {

    @Test
    void publishedCodesPassTheirCheckCharacter() {
        // codes as printed on business licences, check characters a digit and a letter
        for (String code : new String[] {"91350100M000100Y43", "91110000802100433B"}) {
            assertThat(CreditCode.problem(code)).as(code).isEmpty();
        }
    }

    @Test
    void aMistypedCharacterFailsTheCheck() {
        assertThat(CreditCode.problem("91350100M000100Y44"))
                .hasValueSatisfying(p -> assertThat(p).contains("check"));
        assertThat(CreditCode.problem("91350100M000100Y4"))
                .hasValueSatisfying(p -> assertThat(p).contains("18"));
        assertThat(CreditCode.problem("91350100O000100Y43"))
                .hasValueSatisfying(p -> assertThat(p).contains("'O'"));
        assertThat(CreditCode.problem(null)).isPresent();
    }

    @Test
    void theCheckCharacterCompletesTheFirstSeventeen() {
        assertThat(CreditCode.withCheckCharacter("91350100M000100Y4")).isEqualTo("91350100M000100Y43");
        assertThat(CreditCode.problem(CreditCode.withCheckCharacter("91330106MA2KXY412")))
                .isEmpty();
    }
}
