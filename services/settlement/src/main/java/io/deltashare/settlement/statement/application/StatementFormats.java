package io.deltashare.settlement.statement.application;

import io.deltashare.contracts.money.Money;
import io.deltashare.settlement.statement.domain.Statement;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** A statement as CSV (Apache Commons CSV) or PDF (Apache PDFBox); both show the same lines and totals as the JSON. */
public final class StatementFormats {

    private static final int LINES_PER_PAGE = 48;

    private StatementFormats() {}

    /** One row per line, between an opening and a closing row; amounts are decimal yuan. */
    public static String csv(Statement statement) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(
                out,
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader("date", "kind", "description", "booking", "transaction", "amount", "balance")
                        .get())) {
            csv.printRecord(start(statement), "OPENING", "opening balance", "", "", "", yuan(statement.openingFen()));
            for (Statement.Line line : statement.lines()) {
                csv.printRecord(
                        line.at(),
                        line.kind(),
                        spreadsheetSafe(line.description()),
                        text(line.bookingId()),
                        line.transactionId(),
                        yuan(line.amountFen()),
                        yuan(line.balanceFen()));
            }
            csv.printRecord(
                    statement.month().atEndOfMonth(),
                    "CLOSING",
                    "closing balance",
                    "",
                    "",
                    yuan(statement.totalOfLinesFen()),
                    yuan(statement.closingFen()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Text a spreadsheet will not run: a cell that begins with {@code = + - @}, a tab or a carriage return is read as a
     * formula by Excel and LibreOffice (CSV injection), so it gets a leading apostrophe, which they show as text.
     * Descriptions carry text others wrote (payment references, instrument names); amounts are numbers and stay.
     */
    static String spreadsheetSafe(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text
                : text;
    }

    public static byte[] pdf(Statement statement) {
        List<String> rows = new ArrayList<>();
        rows.add("Opening balance: " + yuan(statement.openingFen()) + " CNY");
        for (Statement.Line line : statement.lines()) {
            rows.add(String.format(
                    "%s  %-18s %12s  balance %12s  %s",
                    line.at().toString().substring(0, 10),
                    line.kind(),
                    yuan(line.amountFen()),
                    yuan(line.balanceFen()),
                    shortened(line.description())));
        }
        rows.add("Total of lines: " + yuan(statement.totalOfLinesFen()) + " CNY");
        rows.add("Closing balance: " + yuan(statement.closingFen()) + " CNY");
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font mono = new PDType1Font(Standard14Fonts.FontName.COURIER);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            for (int from = 0; from < rows.size(); from += LINES_PER_PAGE) {
                PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(bold, 13);
                    content.newLineAtOffset(40, page.getMediaBox().getHeight() - 40);
                    content.showText("DeltaShare statement - " + statement.party() + " " + statement.owner() + " - "
                            + statement.month());
                    content.setFont(mono, 8);
                    content.newLineAtOffset(0, -22);
                    for (String row : rows.subList(from, Math.min(rows.size(), from + LINES_PER_PAGE))) {
                        content.showText(row);
                        content.newLineAtOffset(0, -10.5f);
                    }
                    content.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String start(Statement statement) {
        return statement.month().atDay(1).toString();
    }

    private static String yuan(long fen) {
        return Money.ofFen(fen).toDecimalString();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    /** The PDF's built-in fonts know Latin-1 only; anything else becomes '?'. */
    private static String shortened(String description) {
        String latin = description
                .chars()
                .map(c -> c < 256 ? c : '?')
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return latin.length() > 90 ? latin.substring(0, 87) + "..." : latin;
    }
}
