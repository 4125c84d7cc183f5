package io.deltashare.settlement.statement.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.deltashare.settlement.statement.domain.Statement;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** A statement's CSV opens in a spreadsheet as text, never as a formula someone else wrote. */
class StatementCsvTest {

    @Test
    void descriptionsThatASpreadsheetWouldRunAreEscapedAndAmountsStayNumbers() throws Exception {
        List<String> written = List.of(
                "=HYPERLINK(\"http://evil.example\",\"click\")",
                "+1+1",
                "-2+3",
                "@SUM(A1:A9)",
                "\tformula",
                "booking fee");
        List<Statement.Line> lines = written.stream()
                .map(text -> new Statement.Line(
                        Instant.parse("2026-11-03T02:00:00Z"),
                        "BOOKING_FEE",
                        text,
                        null,
                        null,
                        UUID.randomUUID(),
                        -90_000,
                        -90_000))
                .toList();

        byte[] bytes = StatementFormats.csv(
                new Statement("FIRM", "js-biomed", YearMonth.of(2026, 11), 0, lines, -90_000),
                StatementLabels.none("js-biomed"));
        String csv = new String(bytes, StandardCharsets.UTF_8).substring(1); // the byte-order mark

        List<CSVRecord> rows = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv))
                .getRecords();
        List<String> descriptions = rows.subList(1, rows.size() - 1).stream()
                .map(r -> r.get("description"))
                .toList();
        assertThat(descriptions)
                .containsExactly(
                        "'=HYPERLINK(\"http://evil.example\",\"click\")",
                        "'+1+1",
                        "'-2+3",
                        "'@SUM(A1:A9)",
                        "'\tformula",
                        "booking fee");
        assertThat(rows.get(1).get("amount")).isEqualTo("-900.00");
        assertThat(rows.get(1).get("date")).isEqualTo("2026-11-03");
    }
}
