package io.deltashare.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the simulated year holds, decided before anything is sent: which firms of which province apply in which month,
 * which of them get a voucher and spend it on which development order at which provider, and so the figures the
 * public indicators must show for the year. At 100 % these are the figures the four provinces published for 2023:
 * 「申领企业数达2377家，跨区域购买服务1.46亿元，创新券兑付金额3968万元」.
 *
 * <p>How the money adds up. Every program pays {@link #COVERAGE_PERCENT} % of a development order (the share the
 * voucher pays; the firm pays the rest). Cross-region orders (a firm buying from a provider in another province) add
 * up to ¥146 m; in-province orders to ¥52.4 m more; every order's two milestones are accepted in the month it is
 * placed, and each month's claim batches are paid at the month's end, so the year cashes 20 % of ¥198.4 m = ¥39.68 m.
 * Orders are ¥200,000 each (a development service the size of the policy's own example), the last of each kind
 * taking what is left, so the totals are exact at every scale. A firm that applies and is not given a voucher is
 * refused: the bureaus' budgets cover the firms that order.
 */
public final class YearPlan {

    /** The published figures of 2023, in fen. */
    public static final int PUBLISHED_FIRMS_APPLIED = 2377;

    public static final long PUBLISHED_CROSS_REGION_FEN = 146_000_000_00L;
    public static final long PUBLISHED_CASHED_FEN = 39_680_000_00L;

    /** The year played. */
    public static final int YEAR = 2023;

    /** The share of an order the voucher pays, in percent. */
    public static final int COVERAGE_PERCENT = 20;

    /** A voucher's face value: the voucher's share of a full-size order. */
    public static final long FACE_VALUE_FEN = 40_000_00L;

    static final long ORDER_FEN = 200_000_00L;
    static final long IN_PROVINCE_FEN = 52_400_000_00L;

    /** The provinces in the order they are listed, and how the published 2,377 firms are spread across them. */
    public static final List<String> REGIONS = List.of("CN-SH", "CN-JS", "CN-ZJ", "CN-AH");

    private static final Map<String, Integer> FIRMS_AT_FULL_SCALE =
            Map.of("CN-SH", 700, "CN-JS", 650, "CN-ZJ", 627, "CN-AH", 400);

    /** Which province's provider a firm of each province buys from across the border. */
    private static final Map<String, String> CROSS_REGION_PROVIDER =
            Map.of("CN-SH", "CN-AH", "CN-JS", "CN-SH", "CN-ZJ", "CN-SH", "CN-AH", "CN-SH");

    /** The provinces whose firms buy at home: those with a demo provider whose staff answer quotes. */
    private static final List<String> HOME_PROVIDER_REGIONS = List.of("CN-SH", "CN-AH");

    /** A development order: placed, delivered and accepted in {@code month}, at a provider of {@code providerRegion}. */
    public record Order(int month, String providerRegion, long priceFen) {

        /** What the voucher pays of it. */
        public long voucherFen() {
            return priceFen * COVERAGE_PERCENT / 100;
        }

        Order at(String provider) {
            return new Order(month, provider, priceFen);
        }

        Order in(int placed) {
            return new Order(placed, providerRegion, priceFen);
        }
    }

    /**
     * The {@code index}-th firm of {@code region}: it applies in {@code month}; with a voucher it orders {@code order},
     * refused one it orders a test of a few samples at its own cost that month instead (a booking of a SAMPLE
     * instrument, paid in full by the firm: it counts as samples served, not as a service bought with a voucher).
     */
    public record Firm(String region, int index, int month, Order order) {

        public boolean getsVoucher() {
            return order != null;
        }

        /** The samples the firm has tested at its own cost: none if it got a voucher, else one to five. */
        public int samples() {
            return getsVoucher() ? 0 : 1 + index % 5;
        }

        public boolean crossRegion() {
            return order != null && !order.providerRegion().equals(region);
        }
    }

    private final int percent;
    private final List<Firm> firms;

    private YearPlan(int percent, List<Firm> firms) {
        this.percent = percent;
        this.firms = List.copyOf(firms);
    }

    /** The plan at {@code percent} % of the published volume (1 to 100). */
    public static YearPlan atPercent(int percent) {
        if (percent < 1 || percent > 100) {
            throw new IllegalArgumentException("the scale is a percentage from 1 to 100, not " + percent);
        }
        Map<String, Integer> counts = firmCounts(percent);
        List<Order> cross = orders(PUBLISHED_CROSS_REGION_FEN * percent / 100);
        List<Order> home = orders(IN_PROVINCE_FEN * percent / 100);

        // orders go to each province's firms in turn, first come first served, then the months are dealt out
        Map<String, List<Order>> ordersOf = new java.util.LinkedHashMap<>();
        REGIONS.forEach(r -> ordersOf.put(r, new ArrayList<>()));
        for (int i = 0; i < cross.size(); i++) {
            String region = REGIONS.get(i % REGIONS.size());
            ordersOf.get(region).add(cross.get(i).at(CROSS_REGION_PROVIDER.get(region)));
        }
        for (int i = 0; i < home.size(); i++) {
            String region = HOME_PROVIDER_REGIONS.get(i % HOME_PROVIDER_REGIONS.size());
            ordersOf.get(region).add(home.get(i).at(region));
        }
        List<Firm> firms = new ArrayList<>();
        int dealt = 0;
        for (String region : REGIONS) {
            List<Order> orders = ordersOf.get(region);
            if (orders.size() > counts.get(region)) {
                throw new IllegalStateException(region + " has fewer firms than orders at " + percent + " %");
            }
            for (int i = 0; i < counts.get(region); i++) {
                int month = 1 + dealt++ % 12;
                Order order = i < orders.size() ? orders.get(i).in(month) : null;
                firms.add(new Firm(region, i, month, order));
            }
        }
        return new YearPlan(percent, firms);
    }

    public int percent() {
        return percent;
    }

    public List<Firm> firms() {
        return firms;
    }

    /** The firms that apply in {@code month}. */
    public List<Firm> applyingIn(int month) {
        return firms.stream().filter(f -> f.month() == month).toList();
    }

    /** The public indicator 申领企业数: every firm of the plan applies once. */
    public long firmsApplied() {
        return firms.size();
    }

    /** The public indicator 跨区域购买服务, in fen: the whole price of every cross-region order. */
    public long crossRegionServicesBoughtFen() {
        return firms.stream()
                .filter(Firm::crossRegion)
                .mapToLong(f -> f.order().priceFen())
                .sum();
    }

    /** The public indicator 创新券兑付金额, in fen: the vouchers' share of every order, all paid within the year. */
    public long cashedFen() {
        return firms.stream()
                .filter(Firm::getsVoucher)
                .mapToLong(f -> f.order().voucherFen())
                .sum();
    }

    /** What the vouchers of {@code region} pay in {@code month}: the month's claim batch for that bureau. */
    public long claimedFen(String region, int month) {
        return firms.stream()
                .filter(f -> f.getsVoucher()
                        && f.region().equals(region)
                        && f.order().month() == month)
                .mapToLong(f -> f.order().voucherFen())
                .sum();
    }

    public long orders() {
        return firms.stream().filter(Firm::getsVoucher).count();
    }

    /** The bookings of the year: each firm refused a voucher orders one test. */
    public long bookings() {
        return firms.stream().filter(f -> !f.getsVoucher()).count();
    }

    /** The public indicator of samples served: those of every test ordered, all completed within the year. */
    public long samplesServed() {
        return firms.stream().mapToLong(Firm::samples).sum();
    }

    /** The published 2,377 spread over the provinces, scaled; the largest remainders are rounded up. */
    private static Map<String, Integer> firmCounts(int percent) {
        long total = Math.round(PUBLISHED_FIRMS_APPLIED * percent / 100.0);
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        List<String> byRemainder = new ArrayList<>(REGIONS);
        for (String region : REGIONS) {
            counts.put(region, FIRMS_AT_FULL_SCALE.get(region) * percent / 100);
        }
        byRemainder.sort(java.util.Comparator.comparingInt((String r) -> FIRMS_AT_FULL_SCALE.get(r) * percent % 100)
                .reversed());
        long left = total - counts.values().stream().mapToInt(Integer::intValue).sum();
        for (int i = 0; i < left; i++) {
            counts.merge(byRemainder.get(i), 1, Integer::sum);
        }
        return counts;
    }

    /** Orders of {@link #ORDER_FEN} adding up to {@code totalFen}, the last taking the remainder. */
    private static List<Order> orders(long totalFen) {
        List<Order> orders = new ArrayList<>();
        for (long left = totalFen; left > 0; left -= ORDER_FEN) {
            orders.add(new Order(0, null, Math.min(ORDER_FEN, left)));
        }
        return orders;
    }
}
