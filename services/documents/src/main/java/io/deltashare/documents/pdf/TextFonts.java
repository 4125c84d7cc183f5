package io.deltashare.documents.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of one PDF: Liberation Sans (regular and bold) for Latin text and Droid Sans Fallback for Chinese, each
 * embedded as the subset of glyphs the document uses. A string is split into runs, each in the first font that has
 * its glyphs; a character neither has is printed as {@code ?}.
 */
final class TextFonts {

    /** A piece of text in one font; {@code emboldened} when it should be bold and its font has no bold face. */
    record Run(PDFont font, String text, boolean emboldened) {}

    private static final FontFile LATIN = FontFile.load("LiberationSans-Regular.ttf");
    private static final FontFile LATIN_BOLD = FontFile.load("LiberationSans-Bold.ttf");
    private static final FontFile CJK = FontFile.load("DroidSansFallbackFull.ttf");

    private final PDFont latin;
    private final PDFont latinBold;
    private final PDFont cjk;

    TextFonts(PDDocument document) {
        this.latin = LATIN.embedIn(document);
        this.latinBold = LATIN_BOLD.embedIn(document);
        this.cjk = CJK.embedIn(document);
    }

    List<Run> runs(String text, boolean bold) {
        FontFile latinFile = bold ? LATIN_BOLD : LATIN;
        PDFont latinFont = bold ? latinBold : latin;
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        PDFont currentFont = null;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (Character.isISOControl(codePoint)) {
                codePoint = ' ';
            }
            PDFont font;
            if (latinFile.has(codePoint)) {
                font = latinFont;
            } else if (CJK.has(codePoint)) {
                font = cjk;
            } else {
                font = latinFont;
                codePoint = '?';
            }
            if (font != currentFont && !current.isEmpty()) {
                runs.add(new Run(currentFont, current.toString(), bold && currentFont == cjk));
                current.setLength(0);
            }
            currentFont = font;
            current.appendCodePoint(codePoint);
        }
        if (!current.isEmpty()) {
            runs.add(new Run(currentFont, current.toString(), bold && currentFont == cjk));
        }
        return runs;
    }

    /** The width of {@code text} at {@code size} points. */
    float width(String text, boolean bold, float size) {
        float width = 0;
        for (Run run : runs(text, bold)) {
            try {
                width += run.font().getStringWidth(run.text()) / 1000 * size;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return width;
    }

    /** {@code text} cut (with an ellipsis) to fit {@code maxWidth} points. */
    String fitted(String text, boolean bold, float size, float maxWidth) {
        if (width(text, bold, size) <= maxWidth) {
            return text;
        }
        int end = text.length();
        while (end > 0 && width(text.substring(0, end) + "…", bold, size) > maxWidth) {
            end = text.offsetByCodePoints(end, -1);
        }
        return text.substring(0, end) + "…";
    }

    /**
     * {@code text} in lines of at most {@code maxWidth} points, at most {@code maxLines} of them (the last cut with an
     * ellipsis when the text goes on): a line breaks at its last space, or between any two characters where it has none
     * (as Chinese does).
     */
    List<String> wrapped(String text, boolean bold, float size, float maxWidth, int maxLines) {
        List<String> lines = new ArrayList<>();
        String rest = text.strip();
        while (!rest.isEmpty() && lines.size() < maxLines - 1 && width(rest, bold, size) > maxWidth) {
            int end = 0;
            int lastSpace = -1;
            while (end < rest.length()) {
                int next = rest.offsetByCodePoints(end, 1);
                if (width(rest.substring(0, next), bold, size) > maxWidth) {
                    break;
                }
                if (rest.charAt(end) == ' ') {
                    lastSpace = end;
                }
                end = next;
            }
            int cut = lastSpace > 0 ? lastSpace : Math.max(end, rest.offsetByCodePoints(0, 1));
            lines.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
        }
        if (!rest.isEmpty() || lines.isEmpty()) {
            lines.add(fitted(rest, bold, size, maxWidth));
        }
        return lines;
    }

    /** A font file from the classpath, read once, and which characters it has glyphs for. */
    private record FontFile(byte[] bytes, CmapLookup characters) {

        static FontFile load(String name) {
            try (InputStream in = TextFonts.class.getResourceAsStream("/fonts/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("font " + name + " is not on the classpath");
                }
                byte[] bytes = in.readAllBytes();
                TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
                return new FontFile(bytes, font.getUnicodeCmapLookup());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read font " + name, e);
            }
        }

        boolean has(int codePoint) {
            return characters.getGlyphId(codePoint) > 0;
        }

        PDFont embedIn(PDDocument document) {
            try {
                return PDType0Font.load(document, new ByteArrayInputStream(bytes), true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
