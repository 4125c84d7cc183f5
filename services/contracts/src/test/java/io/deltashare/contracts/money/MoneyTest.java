package io.deltashare.contracts.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.deltashare.contracts.events.EventJson;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    private final ObjectMapper json = EventJson.mapper();

    @Test
    void amountsAreExactFenParsedFromDecimalStrings() {
        assertThat(Money.parse("1234.5").fen()).isEqualTo(123450);
        assertThat(Money.parse("0.01").fen()).isEqualTo(1);
        assertThat(Money.parse("146000000").toDecimalString()).isEqualTo("146000000.00");
        assertThat(Money.parse("0.10").plus(Money.parse("0.20"))).isEqualTo(Money.parse("0.30"));
    }

    @Test
    void moreThanTwoDecimalsOrNonNumbersAreRejected() {
        assertThatThrownBy(() -> Money.parse("1.001")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.parse("1e3")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.parse("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void voucherSharesRoundDownToTheFen() {
        Money fee = Money.parse("333.33");
        assertThat(fee.shareRoundedDown(new BigDecimal("0.5"))).isEqualTo(Money.parse("166.66"));
        assertThat(fee.shareRoundedDown(new BigDecimal("0.3"))).isEqualTo(Money.parse("99.99"));
        assertThat(Money.parse("0.01").shareRoundedDown(new BigDecimal("0.99"))).isEqualTo(Money.ZERO);
        assertThat(fee.shareRoundedDown(BigDecimal.ONE)).isEqualTo(fee);
    }

    @Test
    void onTheWireAnAmountIsADecimalStringWithItsCurrency() throws Exception {
        assertThat(json.writeValueAsString(Money.parse("1234.5")))
                .isEqualTo("{\"amount\":\"1234.50\",\"currency\":\"CNY\"}");
        assertThat(json.readValue("{\"amount\":\"99.90\",\"currency\":\"CNY\"}", Money.class))
                .isEqualTo(Money.ofFen(9990));
        assertThat(json.readValue("{\"amount\":\"99.9\"}", Money.class)).isEqualTo(Money.ofFen(9990));
    }

    @Test
    void anotherCurrencyOrAFloatingPointAmountIsNotMoney() {
        assertThatThrownBy(() -> json.readValue("{\"amount\":\"10.00\",\"currency\":\"USD\"}", Money.class))
                .hasMessageContaining("currency must be CNY");
        assertThatThrownBy(() -> json.readValue("{\"amount\":\"10.001\"}", Money.class))
                .hasMessageContaining("at most two decimals");
    }
}
