package io.deltashare.documents.csv;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV that both programs and spreadsheets read as written: UTF-8 with a byte-order mark (without one, Excel reads
 * Chinese as Latin-1), RFC 4180 quoting and line ends, one header row. Cells are written with {@code toString()}, so
 * dates should be {@code LocalDate}s or {@code Instant}s (ISO 8601) and amounts {@code BigDecimal}s (a point, no
 * grouping). Text cells that a spreadsheet would run as a formula are defused (see {@link #spreadsheetSafe}).
 */
public final class SpreadsheetCsv {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private SpreadsheetCsv() {}

    /** The header and rows as CSV bytes, the BOM first. A null cell is empty. */
    public static byte[] write(List<String> header, List<? extends List<?>> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(BOM);
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                CSVPrinter csv = CSVFormat.RFC4180
                        .builder()
                        .setHeader(header.toArray(String[]::new))
                        .get()
                        .print(writer)) {
            for (List<?> row : rows) {
                csv.printRecord(row.stream().map(SpreadsheetCsv::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static Object cell(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof CharSequence text ? spreadsheetSafe(text.toString()) : value;
    }

    /**
     * Text a spreadsheet will not run: a cell that begins with {@code = + - @}, a tab or a carriage return is read as a
     * formula by Excel and LibreOffice (CSV injection), so it gets a leading apostrophe, which they show as text. Text
     * others wrote (payment references, instrument and organization names) passes here; numbers are not text and stay.
     */
    public static String spreadsheetSafe(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text
                : text;
    }
}
