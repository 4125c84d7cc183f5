package io.deltashare.settlement.claim.application;

import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.money.Money;
import io.deltashare.documents.csv.SpreadsheetCsv;
import io.deltashare.documents.pdf.PrintedDocument;
import io.deltashare.documents.pdf.PrintedDocument.Column;
import io.deltashare.documents.pdf.PrintedDocument.Field;
import io.deltashare.documents.pdf.PrintedDocument.Row;
import io.deltashare.documents.text.Amounts;
import io.deltashare.documents.text.References;
import io.deltashare.documents.text.RegionNames;
import io.deltashare.platform.security.Caller;
import io.deltashare.platform.time.Clocks;
import io.deltashare.settlement.claim.application.ClaimBatches.BatchView;
import io.deltashare.settlement.claim.application.ClaimBatches.RedemptionLine;
import io.deltashare.settlement.names.persistence.Names;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A claim batch as the bureau files it (兑付申请表): the batch, a summary per provider, then every redemption grouped by
 * the provider's region, cross-region lines (通用通兑) marked, and lines to sign; as CSV, one row per redemption. The
 * totals are the batch's, which are the sums of its redemptions, each of which the ledger posted to the bureau.
 */
@ApplicationScoped
public class ClaimReports {

    static final List<String> CSV_HEADER = List.of(
            "batch",
            "issuing_region",
            "month",
            "provider_region",
            "provider",
            "cross_region",
            "date",
            "booking",
            "order",
            "milestone",
            "listing",
            "firm",
            "category",
            "fee",
            "amount");

    private final ClaimBatches batches;
    private final Names names;
    private final Clock clock;

    ClaimReports(ClaimBatches batches, Names names, Clock clock) {
        this.batches = batches;
        this.names = names;
        this.clock = clock;
    }

    /** The batch as JSON, when the caller may see it (404 otherwise). */
    public BatchView view(UUID id, Caller caller) {
        return batches.get(id, caller);
    }

    @Transactional
    public byte[] csv(UUID id, Caller caller) {
        BatchView batch = batches.get(id, caller);
        Labels labels = labels(batch);
        List<List<Object>> rows = new ArrayList<>();
        for (RedemptionLine line : batch.redemptions()) {
            rows.add(Arrays.asList(
                    batch.id(),
                    batch.region().code(),
                    batch.month(),
                    line.providerRegion().code(),
                    labels.of(line.providerOrganizationId()),
                    line.crossRegion(),
                    LocalDate.ofInstant(line.redeemedAt(), Clocks.SHANGHAI),
                    line.bookingId(),
                    line.orderId(),
                    line.milestone(),
                    labels.listing(line),
                    labels.of(line.firmOrganizationId()),
                    line.category(),
                    new BigDecimal(line.fee().toDecimalString()),
                    new BigDecimal(line.amount().toDecimalString())));
        }
        return SpreadsheetCsv.write(CSV_HEADER, rows);
    }

    @Transactional
    public byte[] pdf(UUID id, Caller caller) {
        BatchView batch = batches.get(id, caller);
        Labels labels = labels(batch);
        String issuer =
                RegionNames.of(batch.region().code()) + (batch.locality() == null ? "" : " · " + batch.locality());
        PrintedDocument document = PrintedDocument.landscape(
                        "创新券兑付申请表", "Innovation voucher claim report", clock.instant())
                .fields(List.of(
                        new Field("批次 Batch", batch.id().toString()),
                        new Field("发券部门 Issuing bureau", issuer),
                        new Field("月份 Month", batch.month()),
                        new Field("状态 Status", status(batch.status())),
                        new Field(
                                "兑付笔数 Redemptions",
                                String.valueOf(batch.redemptions().size())),
                        new Field(
                                "兑付合计 Total owed",
                                Amounts.withSign(batch.total().fen())),
                        new Field(
                                "其中跨区域 Of which cross-region",
                                Amounts.withSign(batch.crossRegionTotal().fen())),
                        new Field("批准 Approved", batch.approvedAt() == null ? "—" : when(batch.approvedAt())),
                        new Field(
                                "支付 Paid",
                                batch.paidAt() == null
                                        ? "—"
                                        : when(batch.paidAt()) + " · " + batch.paymentReference())))
                .heading("按服务机构汇总 By provider")
                .table(
                        List.of(
                                Column.text("服务机构 Provider", 4),
                                Column.text("所在地 Region", 2.2f),
                                Column.number("笔数 Lines", 0.9f),
                                Column.number("服务金额 Services bought", 1.6f),
                                Column.number("兑付金额 Owed", 1.5f)),
                        batch.providers().stream()
                                .map(p -> new Row(
                                        List.of(
                                                labels.of(p.providerOrganizationId()),
                                                regionCell(p.providerRegion(), p.crossRegion()),
                                                String.valueOf(p.redemptions()),
                                                Amounts.yuan(p.servicesBought().fen()),
                                                Amounts.yuan(p.amount().fen())),
                                        p.crossRegion()))
                                .toList(),
                        List.of(
                                "合计 Total",
                                "",
                                String.valueOf(batch.redemptions().size()),
                                Amounts.yuan(sum(batch.redemptions(), true)),
                                Amounts.yuan(batch.total().fen())));
        Map<Region, List<RedemptionLine>> byRegion = batch.redemptions().stream()
                .collect(
                        Collectors.groupingBy(RedemptionLine::providerRegion, LinkedHashMap::new, Collectors.toList()));
        byRegion.forEach((region, lines) -> {
            boolean cross = !region.equals(batch.region());
            document.heading("明细 Lines · " + regionCell(region, cross))
                    .table(
                            List.of(
                                    Column.text("日期 Date", 1.1f),
                                    Column.text("编号 Reference", 1.9f),
                                    Column.text("服务机构 Provider", 2.6f),
                                    Column.text("仪器或服务 Instrument or service", 2.8f),
                                    Column.text("企业 Firm", 2.6f),
                                    Column.number("服务金额 Fee", 1.3f),
                                    Column.number("兑付金额 Owed", 1.3f)),
                            lines.stream()
                                    .map(line -> new Row(
                                            List.of(
                                                    LocalDate.ofInstant(line.redeemedAt(), Clocks.SHANGHAI)
                                                            .toString(),
                                                    reference(line),
                                                    labels.of(line.providerOrganizationId()),
                                                    labels.listing(line),
                                                    labels.of(line.firmOrganizationId()),
                                                    Amounts.yuan(line.fee().fen()),
                                                    Amounts.yuan(line.amount().fen())),
                                            line.crossRegion()))
                                    .toList(),
                            List.of(
                                    "小计 Subtotal",
                                    lines.size() + " 笔 lines",
                                    "",
                                    "",
                                    "",
                                    Amounts.yuan(sum(lines, true)),
                                    Amounts.yuan(sum(lines, false))));
        });
        return document.note("底色标出的为跨区域服务（通用通兑）：服务机构在发券地区以外 · Shaded lines are cross-region services: the"
                        + " provider is outside the issuing region.")
                .note("兑付合计等于账本中本批次各笔创新券支付之和 · The total owed equals the sum the ledger posted to the"
                        + " bureau for these redemptions.")
                .signatures(List.of("经办人 Prepared by", "审核人 Approved by", "日期 Date", "盖章 Seal"))
                .toPdf();
    }

    private Labels labels(BatchView batch) {
        Set<UUID> referenced = new HashSet<>();
        for (RedemptionLine line : batch.redemptions()) {
            referenced.add(line.bookingId() != null ? line.bookingId() : line.orderId());
        }
        Map<UUID, Names.Reference> references = names.references(referenced);
        Set<UUID> named = new HashSet<>();
        for (RedemptionLine line : batch.redemptions()) {
            named.add(line.providerOrganizationId());
            named.add(line.firmOrganizationId());
        }
        Map<UUID, Names.Name> listings = names.of(
                references.values().stream().map(Names.Reference::listingId).toList());
        return new Labels(names.labels(named), references, listings);
    }

    /** The names of a batch's organizations and of what its lines bought (its category when the name is unknown). */
    private record Labels(
            Map<UUID, String> names, Map<UUID, Names.Reference> references, Map<UUID, Names.Name> listings) {

        String of(UUID id) {
            return names.getOrDefault(id, String.valueOf(id));
        }

        String listing(RedemptionLine line) {
            Names.Reference reference = references.get(line.bookingId() != null ? line.bookingId() : line.orderId());
            Names.Name name = reference == null ? null : listings.get(reference.listingId());
            return name == null ? line.category() : name.bilingual();
        }
    }

    private static String reference(RedemptionLine line) {
        return line.bookingId() != null
                ? References.booking(line.bookingId())
                : References.order(line.orderId()) + " #" + line.milestone();
    }

    private static String regionCell(Region region, boolean crossRegion) {
        return RegionNames.of(region.code()) + (crossRegion ? " · 跨区域 cross-region" : "");
    }

    private static long sum(List<RedemptionLine> lines, boolean fees) {
        return lines.stream()
                .map(fees ? RedemptionLine::fee : RedemptionLine::amount)
                .mapToLong(Money::fen)
                .sum();
    }

    private static String status(String status) {
        return switch (status) {
            case "DRAFT" -> "草稿 Draft";
            case "SUBMITTED" -> "已提交 Submitted";
            case "APPROVED" -> "已批准 Approved";
            case "PAID" -> "已支付 Paid";
            default -> status;
        };
    }

    private static String when(Instant at) {
        return at.atZone(Clocks.SHANGHAI)
                        .toLocalDateTime()
                        .withNano(0)
                        .toString()
                        .replace('T', ' ') + " UTC+8";
    }
}
