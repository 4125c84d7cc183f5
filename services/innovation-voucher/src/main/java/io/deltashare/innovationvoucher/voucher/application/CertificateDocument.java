package io.deltashare.innovationvoucher.voucher.application;

import io.deltashare.contracts.catalog.Region;
import io.deltashare.documents.pdf.PrintedDocument;
import io.deltashare.documents.pdf.PrintedDocument.Field;
import io.deltashare.documents.text.Amounts;
import io.deltashare.documents.text.RegionNames;
import io.deltashare.platform.time.Clocks;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** A voucher certificate (电子券) on one portrait page: the voucher's code and check, its terms, and its QR code. */
public final class CertificateDocument {

    private CertificateDocument() {}

    public static byte[] pdf(Certificates.Certificate certificate) {
        VoucherView.Details voucher = certificate.voucher();
        String issuer = RegionNames.of(voucher.issuingRegion().code())
                + (certificate.program() == null
                        ? ""
                        : " · " + certificate.program().zh() + " "
                                + certificate.program().en());
        return PrintedDocument.portrait("科技创新券", "Innovation voucher certificate", certificate.generatedAt())
                .fields(List.of(
                        new Field("券号 Code", voucher.code()),
                        new Field("核验码 Check", certificate.check()),
                        new Field("持有企业 Holder", certificate.holder()),
                        new Field("发券部门 Issuer", issuer),
                        new Field(
                                "面值 Face value",
                                Amounts.withSign(voucher.faceValue().fen())),
                        new Field(
                                "支付比例 Pays",
                                "服务费的 " + percent(voucher.coverageRatio()) + " · " + percent(voucher.coverageRatio())
                                        + " of each fee"),
                        new Field("服务类型 For", kinds(voucher.serviceKinds())),
                        new Field(
                                "仪器类别 Categories",
                                voucher.eligibleCategories().isEmpty()
                                        ? "不限 any"
                                        : String.join(", ", voucher.eligibleCategories())),
                        new Field(
                                "服务机构 Providers",
                                voucher.designatedProviders().isEmpty()
                                        ? "不限 any provider"
                                        : voucher.designatedProviders().size() + " 家指定机构 designated providers"),
                        new Field("受理地区 Accepted in", regions(voucher.acceptedProviderRegions())),
                        new Field(
                                "有效期 Valid",
                                day(voucher.validFrom()) + " – "
                                        + day(voucher.expiresAt().minusNanos(1)) + " (UTC+8)"),
                        new Field("状态 Status", status(voucher.status()))))
                .heading("核验 Verification")
                .qrCode(certificate.verificationUrl(), 150, "扫码核验真伪与有效期 · Scan to verify that it is genuine and valid")
                .note(certificate.verificationUrl())
                .note("核验结果不含持有企业与余额信息 · Verification shows neither the holder nor the balance.")
                .toPdf();
    }

    private static String percent(String ratio) {
        return new BigDecimal(ratio).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    private static String kinds(List<String> kinds) {
        return kinds.stream()
                .map(kind -> switch (kind) {
                    case "INSTRUMENT_TIME" -> "仪器共享使用 Instrument time";
                    case "TESTING" -> "检验检测 Testing";
                    case "DEVELOPMENT" -> "技术研发 Development";
                    default -> kind;
                })
                .collect(Collectors.joining(", "));
    }

    private static String regions(List<Region> regions) {
        return regions.stream().map(r -> RegionNames.of(r.code())).collect(Collectors.joining(", "));
    }

    private static String day(Instant at) {
        return LocalDate.ofInstant(at, Clocks.SHANGHAI).toString();
    }

    private static String status(String status) {
        return switch (status) {
            case "ACTIVE" -> "有效 Active";
            case "EXPIRED" -> "已过期 Expired";
            default -> status;
        };
    }
}
