package io.deltashare.documents.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpreadsheetCsvTest {

    @Test
    void utf8WithABomIsoDatesPlainNumbersAndNoFormulas() {
        byte[] csv = SpreadsheetCsv.write(
                List.of("date", "provider", "amount"),
                List.of(
                        List.of(LocalDate.of(2026, 11, 3), "上海光源中心, 线站 BL14B", new BigDecimal("-333.33")),
                        Arrays.asList(LocalDate.of(2026, 11, 4), "=HYPERLINK(\"x\")", null)));

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text)
                .isEqualTo("date,provider,amount\r\n"
                        + "2026-11-03,\"上海光源中心, 线站 BL14B\",-333.33\r\n"
                        + "2026-11-04,\"'=HYPERLINK(\"\"x\"\")\",\r\n");
    }
}
