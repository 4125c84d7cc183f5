package io.deltashare.settlement.statement.application;

import io.deltashare.contracts.money.Money;
import io.deltashare.documents.csv.SpreadsheetCsv;
import io.deltashare.documents.pdf.PrintedDocument;
import io.deltashare.documents.pdf.PrintedDocument.Column;
import io.deltashare.documents.pdf.PrintedDocument.Field;
import io.deltashare.documents.pdf.PrintedDocument.Row;
import io.deltashare.documents.text.Amounts;
import io.deltashare.documents.text.References;
import io.deltashare.platform.time.Clocks;
import io.deltashare.settlement.statement.domain.Statement;
import io.deltashare.settlement.statement.domain.StatementSheet;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A statement as CSV for programs and spreadsheets (one row per line, between an opening and a closing row) and as a
 * PDF an accountant files (对账单: one row per booking or order with fee, voucher share and the party's amount). Both
 * show the same totals as the JSON.
 */
public final class StatementFormats {

    static final List<String> CSV_HEADER = List.of(
            "date",
            "time",
            "kind",
            "booking",
            "order",
            "listing",
            "counterparty",
            "description",
            "transaction",
            "amount",
            "balance");

    private StatementFormats() {}

    /** UTF-8 with a BOM; dates ISO 8601 (the day in Asia/Shanghai, and the instant); amounts decimal yuan. */
    public static byte[] csv(Statement statement, StatementLabels labels) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(Arrays.asList(
                statement.month().atDay(1),
                null,
                "OPENING",
                null,
                null,
                null,
                null,
                "opening balance",
                null,
                null,
                yuan(statement.openingFen())));
        for (Statement.Line line : statement.lines()) {
            rows.add(Arrays.asList(
                    LocalDate.ofInstant(line.at(), Clocks.SHANGHAI),
                    line.at(),
                    line.kind(),
                    line.bookingId(),
                    line.orderId(),
                    labels.listing(line.reference()),
                    labels.counterparty(line.reference()),
                    line.description(),
                    line.transactionId(),
                    yuan(line.amountFen()),
                    yuan(line.balanceFen())));
        }
        rows.add(Arrays.asList(
                statement.month().atEndOfMonth(),
                null,
                "CLOSING",
                null,
                null,
                null,
                null,
                "closing balance",
                null,
                yuan(statement.totalOfLinesFen()),
                yuan(statement.closingFen())));
        return SpreadsheetCsv.write(CSV_HEADER, rows);
    }

    /** The statement on landscape A4 pages, {@code generatedAt} in each footer. */
    public static byte[] pdf(Statement statement, StatementLabels labels, Instant generatedAt) {
        StatementSheet sheet = StatementSheet.of(statement);
        Party party = Party.valueOf(statement.party());
        List<Row> rows = sheet.items().stream()
                .map(item -> Row.of(
                        LocalDate.ofInstant(item.at(), Clocks.SHANGHAI).toString(),
                        reference(item),
                        item.reference() == null ? item.description() : labels.listing(item.reference()),
                        labels.counterparty(item.reference()),
                        item.reference() == null ? "" : Amounts.yuan(item.feeFen()),
                        item.reference() == null ? "" : Amounts.yuan(item.voucherFen()),
                        Amounts.yuan(item.amountFen())))
                .toList();
        return PrintedDocument.landscape("对账单", "Monthly statement", generatedAt)
                .fields(List.of(
                        new Field(party.zh + " " + party.en, labels.partyName()),
                        new Field("地区 Region", labels.region()),
                        new Field(
                                "账期 Period",
                                statement.month() + "  (" + statement.month().atDay(1) + " – "
                                        + statement.month().atEndOfMonth() + ", UTC+8)"),
                        new Field("币种 Currency", "人民币 CNY (元 yuan)"),
                        new Field("期初余额 Opening balance", Amounts.withSign(statement.openingFen())),
                        new Field("期末余额 Closing balance", Amounts.withSign(statement.closingFen()))))
                .heading("明细 Lines")
                .table(
                        List.of(
                                Column.text("日期 Date", 1.1f),
                                Column.text("编号 Reference", 1.9f),
                                Column.text("仪器或服务 Instrument or service", 3.2f),
                                Column.text(party.counterparty, 2.6f),
                                Column.number("费用 Fee", 1.3f),
                                Column.number("创新券支付 Voucher share", 1.5f),
                                Column.number(party.amount, 1.5f)),
                        rows,
                        List.of(
                                "合计 Total",
                                sheet.items().size() + " 项 items",
                                "",
                                "",
                                Amounts.yuan(sheet.feeFen()),
                                Amounts.yuan(sheet.voucherFen()),
                                Amounts.yuan(sheet.amountFen())))
                .note("期末余额 = 期初余额 + 合计  ·  Closing balance = opening balance + total: "
                        + Amounts.withSign(statement.closingFen()) + " = " + Amounts.withSign(statement.openingFen())
                        + " + " + Amounts.withSign(sheet.amountFen()))
                .note(party.meaning)
                .toPdf();
    }

    private static String reference(StatementSheet.Item item) {
        if (item.bookingId() != null) {
            return References.booking(item.bookingId());
        }
        return item.orderId() != null ? References.order(item.orderId()) : item.kind();
    }

    private static BigDecimal yuan(long fen) {
        return new BigDecimal(Money.ofFen(fen).toDecimalString());
    }

    /** How each party's statement names itself, the other side and its amount column. */
    private enum Party {
        FIRM(
                "企业",
                "Firm",
                "服务机构 Provider",
                "企业自付 Firm's share",
                "企业自付 = 费用 − 创新券支付 · The firm's share is the fee less what its voucher paid; the bureau pays"
                        + " the voucher share."),
        PROVIDER(
                "服务机构",
                "Provider",
                "用户 Client",
                "应付服务机构 Owed to provider",
                "应付服务机构 = 费用 · The provider is owed the whole fee: the firm pays its share, the bureau the"
                        + " voucher share."),
        BUREAU(
                "科技主管部门",
                "Science bureau",
                "服务机构 Provider",
                "财政兑付 Owed by bureau",
                "财政兑付 = 创新券支付 · The bureau owes the voucher shares of the vouchers it issued."),
        PLATFORM("平台", "Platform", "", "金额 Amount", "");

        final String zh;
        final String en;
        final String counterparty;
        final String amount;
        final String meaning;

        Party(String zh, String en, String counterparty, String amount, String meaning) {
            this.zh = zh;
            this.en = en;
            this.counterparty = counterparty;
            this.amount = amount;
            this.meaning = meaning;
        }
    }
}
