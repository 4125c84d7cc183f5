package io.deltashare.documents;

import static org.assertj.core.api.Assertions.assertThat;

import io.deltashare.documents.text.Amounts;
import io.deltashare.documents.text.RegionNames;
import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void regionsAreNamedInBothLanguagesWithTheirCode() {
        assertThat(RegionNames.of("CN-JS")).isEqualTo("江苏省 Jiangsu (CN-JS)");
        assertThat(RegionNames.of("DE")).isEqualTo("德国 Germany (DE)");
        assertThat(RegionNames.of("DE-BY")).isEqualTo("DE-BY");
    }

    @Test
    void amountsAreGroupedYuanWithTwoDecimals() {
        assertThat(Amounts.yuan(105_000)).isEqualTo("1,050.00");
        assertThat(Amounts.yuan(-2)).isEqualTo("-0.02");
        assertThat(Amounts.withSign(-30_000_000_00L)).isEqualTo("-¥30,000,000.00");
    }
}
