package io.deltashare.documents.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.deltashare.documents.pdf.PrintedDocument.Column;
import io.deltashare.documents.pdf.PrintedDocument.Field;
import io.deltashare.documents.pdf.PrintedDocument.Row;
import io.deltashare.testkit.documents.Pdfs;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** A printed document reads back as written: Chinese and Latin text, page numbers, a QR code that decodes. */
class PrintedDocumentTest {

    private static final Instant GENERATED = Instant.parse("2026-12-01T02:30:00Z");

    @Test
    void aLongTableRunsOverPagesWithItsHeaderAndEveryPageIsNumbered() throws Exception {
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i <= 70; i++) {
            rows.add(new Row(List.of("2026-11-" + (i % 28 + 1), "场发射扫描电子显微镜 SEM-" + i, "1,050.00"), i % 10 == 0));
        }
        byte[] pdf = PrintedDocument.landscape("对账单", "Monthly statement", GENERATED)
                .fields(List.of(new Field("机构 Organization", "浙江新材料研究院有限公司"), new Field("地区 Region", "浙江 CN-ZJ")))
                .table(
                        List.of(Column.text("日期 Date", 1), Column.text("仪器 Instrument", 4), Column.number("费用 Fee", 1)),
                        rows,
                        List.of("合计 Total", "", "73,500.00"))
                .note("底色标出的行为跨区域服务 Shaded lines are cross-region services")
                .toPdf();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("对账单", "Monthly statement", "浙江新材料研究院有限公司", "场发射扫描电子显微镜 SEM-70", "73,500.00")
                    .contains("Page 1 of " + pages, "第 " + pages + " 页，共 " + pages + " 页")
                    .contains("Generated 2026-12-01 10:30:00 UTC+8");
            for (int page = 2; page <= pages; page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(document))
                        .as("page %d repeats the header", page)
                        .contains("仪器 Instrument");
            }
            for (PDFont font : fontsOf(document)) {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).as("a subset is named XXXXXX+Name").matches("[A-Z]{6}\\+.*");
            }
        }
        assertThat(pdf.length).as("subsets, not whole fonts").isLessThan(200_000);
        Pdfs.render(pdf, "printed-document-table");
    }

    @Test
    void aQrCodeDecodesToWhatItEncodes() throws Exception {
        String url = "https://deltashare.example/verify/JS-2026-000123?c=8f14e45f";
        byte[] pdf = PrintedDocument.portrait("创新券", "Innovation voucher", GENERATED)
                .fields(List.of(new Field("券号 Code", "JS-2026-000123")))
                .qrCode(url, 110, "扫码核验 Scan to verify")
                .toPdf();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(Pdfs.qrCode(pdf, 1)).isEqualTo(url);
            assertThat(new PDFTextStripper().getText(document)).contains("扫码核验 Scan to verify", "JS-2026-000123");
        }
    }

    @Test
    void aLongValueOrCellWrapsOverLinesInsteadOfBeingCut() throws Exception {
        String regions = "安徽省 Anhui (CN-AH), 江苏省 Jiangsu (CN-JS), 上海市 Shanghai (CN-SH), 浙江省 Zhejiang (CN-ZJ),"
                + " 广东省 Guangdong (CN-GD)";
        String instrument = "场发射扫描电子显微镜 Field-emission scanning electron microscope with cryo stage";
        byte[] pdf = PrintedDocument.portrait("测试", "Test", GENERATED)
                .fields(List.of(new Field("受理地区 Accepted in", regions)))
                .table(
                        List.of(Column.text("仪器 Instrument", 1), Column.number("费用 Fee", 1)),
                        List.of(Row.of(instrument, "1.00")),
                        null)
                .toPdf();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text.replaceAll("\\s+", " ")).contains(regions, instrument);
            assertThat(text.lines()
                            .filter(line -> line.contains("Guangdong"))
                            .findFirst()
                            .orElseThrow())
                    .as("the value went on to a second line")
                    .doesNotContain("Anhui");
        }
    }

    @Test
    void everyCertificateAddressDecodesFromAPageRenderedAtScreenResolution() throws Exception {
        java.util.Random random = new java.util.Random(11);
        String alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
        for (int i = 0; i < 60; i++) {
            StringBuilder code = new StringBuilder("http://localhost:8080/api/v1/voucher-verifications/JS-2026-");
            for (int j = 0; j < 9; j++) {
                code.append(j == 4 ? '-' : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            code.append("?check=");
            for (int j = 0; j < 10; j++) {
                code.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String url = code.toString();
            byte[] pdf = PrintedDocument.portrait("创新券", "Innovation voucher", GENERATED)
                    .qrCode(url, 150, "扫码核验 Scan to verify")
                    .toPdf();
            assertThat(Pdfs.qrCode(pdf, 1)).as(url).isEqualTo(url);
        }
    }

    @Test
    void aCharacterNoFontHasIsAQuestionMarkNotAnError() throws Exception {
        byte[] pdf = PrintedDocument.portrait("测试", "Test", GENERATED)
                .note("emoji \uD83D\uDE00 and ¥ and 元")
                .toPdf();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("emoji ? and ¥ and 元");
        }
    }

    private static List<PDFont> fontsOf(PDDocument document) throws Exception {
        List<PDFont> fonts = new ArrayList<>();
        for (var page : document.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
        }
        return fonts;
    }
}
