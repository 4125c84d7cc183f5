package io.deltashare.insight.report.rest;

import io.deltashare.insight.report.application.ProviderReport;
import io.deltashare.insight.report.application.ProviderReport.InstrumentLine;
import io.deltashare.insight.report.application.ProviderReport.Summary;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A provider report as files for reporting to government: CSV (one row per instrument and a total row that also
 * carries the provider's own figures; UTF-8 with a byte-order mark so spreadsheet programs read the Chinese names,
 * ISO dates) and XLSX (a bilingual summary sheet and an instruments sheet, numbers as numbers).
 */
final class ReportFormats {

    /** The instrument columns, then the provider's own figures (filled on the total row only). */
    static final List<String> HEADER = List.of(
            "row",
            "instrument_id",
            "name_zh",
            "name_en",
            "category",
            "original_value",
            "open_hours",
            "booked_hours",
            "used_hours",
            "utilisation",
            "bookings",
            "completed_bookings",
            "samples",
            "cancellations",
            "no_shows",
            "ratings",
            "quality",
            "timeliness",
            "service",
            "enterprise_hours",
            "organizations_served",
            "firms_served",
            "groups_served",
            "enterprise_share",
            "delta_share",
            "rejections",
            "orders_placed",
            "orders_completed",
            "revenue",
            "cross_region_revenue",
            "average_response_hours");

    private ReportFormats() {}

    static byte[] csv(ProviderReport report) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                CSVPrinter csv = CSVFormat.DEFAULT
                        .builder()
                        .setHeader(HEADER.toArray(String[]::new))
                        .get()
                        .print(writer)) {
            bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            for (InstrumentLine line : report.instruments()) {
                csv.printRecord(instrumentRow(line));
            }
            csv.printRecord(totalRow(report));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] xlsx(ProviderReport report) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(bytes, "DeltaShare", "1.0");
            Worksheet summary = workbook.newWorksheet("概况 Summary");
            Summary s = report.summary();
            Object[][] rows = {
                {"服务机构 Provider", report.name().zh() + " / " + report.name().en()},
                {"地区 Region", report.region().code()},
                {"年度 Year", report.year()},
                {"统计区间 Period", report.from() + " – " + report.until()},
                {"仪器 Instruments", s.instruments()},
                {"开放机时 Open hours", number(s.openHours())},
                {"预约机时 Booked hours", number(s.bookedHours())},
                {"使用机时 Used hours", number(s.usedHours())},
                {"利用率 Utilisation", number(s.utilisation())},
                {"企业用户机时 Enterprise hours", number(s.enterpriseHours())},
                {"预约 Bookings", s.bookings()},
                {"完成 Completed", s.completedBookings()},
                {"样品 Samples", s.samples()},
                {"取消 Cancellations", s.cancellations()},
                {"爽约 No-shows", s.noShows()},
                {"拒绝 Rejections", s.rejections()},
                {"服务单位 Organizations served", s.organizationsServed()},
                {"服务企业 Firms served", s.firmsServed()},
                {"服务课题组 Research groups served", s.groupsServed()},
                {"企业用户占比 Enterprise share", number(s.enterpriseShare())},
                {"长三角用户占比 Delta share", number(s.deltaShare())},
                {"订单 Orders placed", s.ordersPlaced()},
                {"完成订单 Orders completed", s.ordersCompleted()},
                {"服务收入 Revenue (CNY)", number(s.revenue().toDecimalString())},
                {
                    "跨区域收入 Cross-region revenue (CNY)",
                    number(s.crossRegionRevenue().toDecimalString())
                },
                {"平均响应时间(小时) Average response (hours)", number(s.averageResponseHours())},
                {"评价数 Ratings", s.ratings().count()},
                {"质量 Quality", number(s.ratings().quality())},
                {"及时性 Timeliness", number(s.ratings().timeliness())},
                {"服务 Service", number(s.ratings().service())},
                {"生成时间 Generated at", report.generatedAt().toString()}
            };
            for (int r = 0; r < rows.length; r++) {
                summary.value(r, 0, rows[r][0].toString());
                cell(summary, r, 1, rows[r][1]);
            }
            summary.width(0, 40);
            summary.width(1, 48);
            Worksheet instruments = workbook.newWorksheet("仪器 Instruments");
            for (int c = 0; c < 19; c++) {
                instruments.value(0, c, HEADER.get(c));
                instruments.style(0, c).bold().set();
            }
            int r = 1;
            for (InstrumentLine line : report.instruments()) {
                List<Object> values = instrumentRow(line);
                for (int c = 0; c < values.size(); c++) {
                    cell(instruments, r, c, numeric(c) ? number((String) values.get(c)) : values.get(c));
                }
                r++;
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The instrument columns whose values are numbers (the rest: row kind, id, names, category). */
    private static boolean numeric(int column) {
        return column >= 5;
    }

    private static List<Object> instrumentRow(InstrumentLine line) {
        return new ArrayList<>(Arrays.asList(
                "instrument",
                line.instrumentId().toString(),
                line.name().zh(),
                line.name().en(),
                line.category(),
                line.originalValue().toDecimalString(),
                line.openHours(),
                line.bookedHours(),
                line.usedHours(),
                text(line.utilisation()),
                String.valueOf(line.bookings()),
                String.valueOf(line.completedBookings()),
                String.valueOf(line.samples()),
                String.valueOf(line.cancellations()),
                String.valueOf(line.noShows()),
                String.valueOf(line.ratings().count()),
                text(line.ratings().quality()),
                text(line.ratings().timeliness()),
                text(line.ratings().service())));
    }

    private static List<Object> totalRow(ProviderReport report) {
        Summary s = report.summary();
        BigDecimal value = report.instruments().stream()
                .map(line -> new BigDecimal(line.originalValue().toDecimalString()))
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        return Arrays.asList(
                "total",
                report.providerId().toString(),
                report.name().zh(),
                report.name().en(),
                "",
                value.toPlainString(),
                s.openHours(),
                s.bookedHours(),
                s.usedHours(),
                text(s.utilisation()),
                String.valueOf(s.bookings()),
                String.valueOf(s.completedBookings()),
                String.valueOf(s.samples()),
                String.valueOf(s.cancellations()),
                String.valueOf(s.noShows()),
                String.valueOf(s.ratings().count()),
                text(s.ratings().quality()),
                text(s.ratings().timeliness()),
                text(s.ratings().service()),
                s.enterpriseHours(),
                String.valueOf(s.organizationsServed()),
                String.valueOf(s.firmsServed()),
                String.valueOf(s.groupsServed()),
                text(s.enterpriseShare()),
                text(s.deltaShare()),
                String.valueOf(s.rejections()),
                String.valueOf(s.ordersPlaced()),
                String.valueOf(s.ordersCompleted()),
                s.revenue().toDecimalString(),
                s.crossRegionRevenue().toDecimalString(),
                text(s.averageResponseHours()));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static BigDecimal number(String value) {
        return value == null || value.isEmpty() ? null : new BigDecimal(value);
    }

    private static void cell(Worksheet sheet, int row, int column, Object value) {
        if (value == null) {
            return; // nothing to divide by: an empty cell
        }
        if (value instanceof Number number) {
            sheet.value(row, column, number);
        } else {
            sheet.value(row, column, value.toString());
        }
    }
}
