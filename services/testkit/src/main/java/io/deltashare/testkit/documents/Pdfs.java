package io.deltashare.testkit.documents;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A PDF a service printed, read back: its text as PDFBox extracts it (what a search or a screen reader sees), and its
 * pages as PNG files under {@code target/documents/} for a person to look at.
 */
public final class Pdfs {

    private Pdfs() {}

    public static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text with every run of whitespace one space: table cells and long values wrap over lines, so what a test
     * looks for may have a line break in the middle.
     */
    public static String textOnOneLine(byte[] pdf) {
        return text(pdf).replaceAll("\\s+", " ");
    }

    public static int pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes each page as {@code target/documents/<name>-<page>.png} (110 dpi) and returns the files. */
    public static List<Path> render(byte[] pdf, String name) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Path dir = Files.createDirectories(Path.of("target", "documents"));
            PDFRenderer renderer = new PDFRenderer(document);
            List<Path> files = new ArrayList<>();
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, 110);
                Path file = dir.resolve(name + "-" + (page + 1) + ".png");
                ImageIO.write(image, "png", file.toFile());
                files.add(file);
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
