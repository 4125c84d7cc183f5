package io.deltashare.documents.pdf;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * A bilingual document on A4 as DeltaShare prints them: the platform's letterhead and the document's title in Chinese
 * and English on the first page, then blocks placed top to bottom (labelled fields, headings, text, tables, a QR code),
 * a new page whenever the next block or table row does not fit (a table repeats its header there), and on every page a
 * footer with "page n of m" and when the document was generated. Fonts are embedded (see {@code /fonts/README.md}).
 *
 * <pre>{@code
 * byte[] pdf = PrintedDocument.landscape("对账单", "Monthly statement", generatedAt)
 *         .fields(List.of(new Field("机构 Organization", name)))
 *         .table(columns, rows, totals)
 *         .toPdf();
 * }</pre>
 */
public final class PrintedDocument {

    /** How a column's cells line up. */
    public enum Align {
        LEFT,
        RIGHT
    }

    /** A table column: its heading, its share of the table's width (relative to the other columns), its alignment. */
    public record Column(String heading, float weight, Align align) {

        public static Column text(String heading, float weight) {
            return new Column(heading, weight, Align.LEFT);
        }

        /** Amounts and counts, right-aligned so that their digits line up. */
        public static Column number(String heading, float weight) {
            return new Column(heading, weight, Align.RIGHT);
        }
    }

    /** A table row; a marked row is shaded, and the document says what the shading means. */
    public record Row(List<String> cells, boolean marked) {

        public static Row of(String... cells) {
            return new Row(List.of(cells), false);
        }
    }

    /** A label and its value, e.g. "机构 Organization" and the organization's name. */
    public record Field(String label, String value) {}

    public static final String PLATFORM_ZH = "DeltaShare 长三角科学仪器共享平台";
    public static final String PLATFORM_EN = "DeltaShare · Yangtze River Delta Shared Scientific Instruments";

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter GENERATED =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC+8'").withZone(SHANGHAI);
    private static final float MARGIN = 40;
    private static final float FOOTER_SPACE = 36;
    private static final float TEXT = 9.5f;
    private static final float TABLE_TEXT = 8.5f;
    private static final float ROW = 15;
    private static final float LINE = 10.5f;
    private static final int CELL_LINES = 3;
    private static final Color RULE = new Color(0x1f, 0x4e, 0x79);
    private static final Color HEADER_FILL = new Color(0xe4, 0xec, 0xf4);
    private static final Color MARK_FILL = new Color(0xfd, 0xf1, 0xd8);
    private static final Color GREY = new Color(0x55, 0x55, 0x55);

    private final PDDocument document = new PDDocument();
    private final TextFonts fonts = new TextFonts(document);
    private final PDRectangle pageSize;
    private final String generatedAt;
    private PDPageContentStream content;
    private float y;

    private PrintedDocument(PDRectangle pageSize, String titleZh, String titleEn, Instant generatedAt) {
        this.pageSize = pageSize;
        this.generatedAt = GENERATED.format(generatedAt);
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(titleZh + " " + titleEn);
        info.setCreator(PLATFORM_EN);
        newPage();
        letterhead(titleZh, titleEn);
    }

    /** A portrait A4 document: certificates, letters. */
    public static PrintedDocument portrait(String titleZh, String titleEn, Instant generatedAt) {
        return new PrintedDocument(PDRectangle.A4, titleZh, titleEn, generatedAt);
    }

    /** A landscape A4 document: statements and reports with wide tables. */
    public static PrintedDocument landscape(String titleZh, String titleEn, Instant generatedAt) {
        return new PrintedDocument(
                new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()), titleZh, titleEn, generatedAt);
    }

    /** Labelled values, two to a line on a landscape page, one on a portrait one. */
    public PrintedDocument fields(List<Field> fields) {
        float labelWidth = 12
                + (float) fields.stream()
                        .mapToDouble(f -> fonts.width(f.label(), false, TEXT))
                        .max()
                        .orElse(0);
        float halfWidth = usableWidth() / 2;
        boolean twoFit = pageSize.getWidth() > pageSize.getHeight()
                && fields.stream().allMatch(f -> fonts.width(f.value(), true, TEXT) <= halfWidth - labelWidth - 8);
        int perLine = twoFit ? 2 : 1;
        float columnWidth = usableWidth() / perLine;
        for (int i = 0; i < fields.size(); i += perLine) {
            List<List<String>> values = new ArrayList<>();
            for (int j = 0; j < perLine && i + j < fields.size(); j++) {
                values.add(fonts.wrapped(fields.get(i + j).value(), true, TEXT, columnWidth - labelWidth - 8, 3));
            }
            float height = ROW + (values.stream().mapToInt(List::size).max().orElse(1) - 1) * (TEXT + 3);
            room(height);
            for (int j = 0; j < values.size(); j++) {
                float x = MARGIN + j * columnWidth;
                text(x, y, fields.get(i + j).label(), false, TEXT, GREY);
                float baseline = y;
                for (String line : values.get(j)) {
                    text(x + labelWidth, baseline, line, true, TEXT, Color.BLACK);
                    baseline -= TEXT + 3;
                }
            }
            y -= height;
        }
        y -= 6;
        return this;
    }

    /** A heading for what follows. */
    public PrintedDocument heading(String text) {
        room(ROW * 3);
        y -= 4;
        text(MARGIN, y, text, true, 11, RULE);
        y -= ROW + 2;
        return this;
    }

    /** A line of smaller text (a note, an explanation of a mark), cut to the page's width. */
    public PrintedDocument note(String text) {
        room(ROW);
        text(MARGIN, y, fonts.fitted(text, false, TABLE_TEXT, usableWidth()), false, TABLE_TEXT, GREY);
        y -= ROW - 2;
        return this;
    }

    /**
     * A table across as many pages as it needs, its header repeated on each; {@code totals} (or null) is a last, bold
     * row under a rule. A cell too long for its column is cut with an ellipsis.
     */
    public PrintedDocument table(List<Column> columns, List<Row> rows, List<String> totals) {
        float[] widths = widths(columns);
        room(ROW * 3);
        header(columns, widths);
        for (Row row : rows) {
            List<List<String>> lines = lines(widths, row.cells(), false);
            float height = height(lines);
            if (y - height < MARGIN + FOOTER_SPACE) {
                newPage();
                header(columns, widths);
            }
            if (row.marked()) {
                fill(MARGIN, y - height + ROW - 4, usableWidth(), height, MARK_FILL);
            }
            cells(columns, widths, lines, false);
            y -= height;
        }
        if (totals != null) {
            List<List<String>> lines = lines(widths, totals, true);
            room(height(lines) + 4);
            rule(y + ROW - 4, 0.8f);
            cells(columns, widths, lines, true);
            y -= height(lines);
        }
        y -= 8;
        return this;
    }

    /** Blank lines to sign on, one per label (e.g. "审核人签字 Approved by"), side by side. */
    public PrintedDocument signatures(List<String> labels) {
        room(ROW * 4);
        y -= ROW * 2;
        float width = usableWidth() / labels.size();
        for (int i = 0; i < labels.size(); i++) {
            float x = MARGIN + i * width;
            try {
                content.setStrokingColor(Color.BLACK);
                content.setLineWidth(0.5f);
                content.moveTo(x, y + 4);
                content.lineTo(x + width - 24, y + 4);
                content.stroke();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            text(x, y - 8, labels.get(i), false, TABLE_TEXT, GREY);
        }
        y -= ROW * 2;
        return this;
    }

    /**
     * A QR code of {@code contentToEncode}, at most {@code size} points wide, at the left margin with its quiet zone (four
     * modules of white on every side, which readers need), and a caption beside it. Error correction level H: a
     * printed certificate still reads with 30 % of the code smudged or folded, and ZXing's own detector, which misses
     * some level-M codes of our addresses in a clean image (33 of 500, Q 1 of 500), found every H code.
     */
    public PrintedDocument qrCode(String contentToEncode, float size, String caption) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter()
                    .encode(
                            contentToEncode,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(EncodeHintType.MARGIN, 0, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.H));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode a QR code of " + contentToEncode, e);
        }
        // whole points per module, on whole points: the squares fall on the pixel grid of common resolutions
        float module = Math.max(1, (float) Math.floor(size / matrix.getWidth()));
        float side = module * matrix.getWidth();
        float quiet = 4 * module;
        room(side + 2 * quiet);
        float top = Math.round(y + ROW - 4 - quiet);
        try {
            content.setNonStrokingColor(Color.BLACK);
            for (int row = 0; row < matrix.getHeight(); row++) {
                int column = 0;
                while (column < matrix.getWidth()) {
                    if (!matrix.get(column, row)) {
                        column++;
                        continue;
                    }
                    int run = column;
                    while (run < matrix.getWidth() && matrix.get(run, row)) {
                        run++;
                    }
                    // one rectangle per run of dark modules: no seams for a renderer to blur
                    content.addRect(
                            MARGIN + column * module, top - (row + 1) * module, (run - column) * module, module);
                    column = run;
                }
            }
            content.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        text(MARGIN + side + quiet, top - side / 2, caption, false, TABLE_TEXT, GREY);
        y = top - side - quiet - ROW + 4;
        return this;
    }

    /** The finished document: every page numbered and stamped with its generation time. */
    public byte[] toPdf() {
        try (document) {
            content.close();
            int pages = document.getNumberOfPages();
            for (int i = 0; i < pages; i++) {
                try (PDPageContentStream footer = new PDPageContentStream(
                        document, document.getPage(i), PDPageContentStream.AppendMode.APPEND, true, true)) {
                    content = footer;
                    rule(MARGIN + 14, 0.4f);
                    text(MARGIN, MARGIN, PLATFORM_ZH + " · 生成于 Generated " + generatedAt, false, 7.5f, GREY);
                    String number = "第 " + (i + 1) + " 页，共 " + pages + " 页 · Page " + (i + 1) + " of " + pages;
                    text(
                            pageSize.getWidth() - MARGIN - fonts.width(number, false, 7.5f),
                            MARGIN,
                            number,
                            false,
                            7.5f,
                            GREY);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void letterhead(String titleZh, String titleEn) {
        float top = pageSize.getHeight() - MARGIN;
        text(MARGIN, top - 12, PLATFORM_ZH, true, 12, RULE);
        text(MARGIN, top - 25, PLATFORM_EN, false, 8, GREY);
        float right = pageSize.getWidth() - MARGIN;
        text(right - fonts.width(titleZh, true, 17), top - 13, titleZh, true, 17, Color.BLACK);
        text(right - fonts.width(titleEn, false, 10), top - 27, titleEn, false, 10, GREY);
        y = top - 34;
        rule(y, 1.2f);
        y -= 22;
    }

    private void header(List<Column> columns, float[] widths) {
        List<List<String>> lines =
                lines(widths, columns.stream().map(Column::heading).toList(), true);
        float height = height(lines);
        fill(MARGIN, y - height + ROW - 4, usableWidth(), height, HEADER_FILL);
        cells(columns, widths, lines, true);
        y -= height;
    }

    /** Each cell's text in the lines it takes in its column (at most {@link #CELL_LINES}). */
    private List<List<String>> lines(float[] widths, List<String> cells, boolean bold) {
        List<List<String>> lines = new ArrayList<>();
        for (int i = 0; i < widths.length; i++) {
            String cell = i < cells.size() && cells.get(i) != null ? cells.get(i) : "";
            lines.add(fonts.wrapped(cell, bold, TABLE_TEXT, widths[i] - 6, CELL_LINES));
        }
        return lines;
    }

    /** The height of a row whose cells take {@code lines}. */
    private static float height(List<List<String>> lines) {
        int most = lines.stream().mapToInt(List::size).max().orElse(1);
        return ROW + (most - 1) * LINE;
    }

    private void cells(List<Column> columns, float[] widths, List<List<String>> lines, boolean bold) {
        float x = MARGIN;
        for (int i = 0; i < columns.size(); i++) {
            float baseline = y;
            for (String line : lines.get(i)) {
                float left = columns.get(i).align() == Align.RIGHT
                        ? x + widths[i] - 3 - fonts.width(line, bold, TABLE_TEXT)
                        : x + 3;
                text(left, baseline, line, bold, TABLE_TEXT, Color.BLACK);
                baseline -= LINE;
            }
            x += widths[i];
        }
    }

    private float[] widths(List<Column> columns) {
        float total = (float) columns.stream().mapToDouble(Column::weight).sum();
        float[] widths = new float[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = usableWidth() * columns.get(i).weight() / total;
        }
        return widths;
    }

    /** Starts a new page unless {@code height} points still fit above the footer. */
    private void room(float height) {
        if (y - height < MARGIN + FOOTER_SPACE) {
            newPage();
        }
    }

    private void newPage() {
        try {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(pageSize);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = pageSize.getHeight() - MARGIN - 10;
    }

    private float usableWidth() {
        return pageSize.getWidth() - 2 * MARGIN;
    }

    private void text(float x, float baseline, String text, boolean bold, float size, Color color) {
        try {
            content.beginText();
            content.setNonStrokingColor(color);
            content.newLineAtOffset(x, baseline);
            for (TextFonts.Run run : fonts.runs(text, bold)) {
                content.setFont(run.font(), size);
                // the Chinese font has no bold face: its outline is stroked as well as filled instead
                content.setRenderingMode(run.emboldened() ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
                if (run.emboldened()) {
                    content.setStrokingColor(color);
                    content.setLineWidth(size * 0.04f);
                }
                content.showText(run.text());
            }
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void fill(float x, float bottom, float width, float height, Color color) {
        try {
            content.setNonStrokingColor(color);
            content.addRect(x, bottom, width, height);
            content.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void rule(float at, float thickness) {
        try {
            content.setStrokingColor(RULE);
            content.setLineWidth(thickness);
            content.moveTo(MARGIN, at);
            content.lineTo(pageSize.getWidth() - MARGIN, at);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
