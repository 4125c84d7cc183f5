package io.deltashare.testkit.documents;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.restassured.specification.RequestSpecification;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    /** The PDF at {@code path}, asked for with {@code Accept: application/pdf}; fails unless it is one (200). */
    public static byte[] download(RequestSpecification request, String path) {
        return request.accept("application/pdf")
                .get(path)
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .extract()
                .asByteArray();
    }

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

    /**
     * What the QR code on page {@code page} (from 1) says, read by ZXing from the page rendered at 110 dpi (a screen's
     * resolution, coarser than any print); fails when there is none to read.
     */
    public static String qrCode(byte[] pdf, int page) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(page - 1, 110);
            int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            return new QRCodeReader()
                    .decode(
                            new BinaryBitmap(new HybridBinarizer(
                                    new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))),
                            Map.of(DecodeHintType.TRY_HARDER, true))
                    .getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ReaderException e) {
            throw new AssertionError("no QR code to read on page " + page, e);
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
