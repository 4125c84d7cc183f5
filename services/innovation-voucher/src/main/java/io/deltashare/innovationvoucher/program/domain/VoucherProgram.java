package io.deltashare.innovationvoucher.program.domain;

import io.deltashare.contracts.catalog.LocalizedText;
import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.money.Money;
import io.deltashare.platform.decision.Decision;
import io.deltashare.platform.decision.Rejection;
import io.deltashare.platform.decision.Violation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A bureau's voucher program: its terms, how much of its budget issued vouchers have committed, and where it stands.
 * It decides whether a firm may apply, and whether another voucher may be issued, so that issued face values never
 * exceed the budget and no firm exceeds the cap per year. Immutable: a decision gives the program as it is after it.
 *
 * @param locality the pilot locality (a city or district under the province, by its GB/T 2260 code) whose bureau runs
 *     the program on a budget of its own; null for a program of the province's bureau
 * @param committedFen what issued vouchers take of the budget (less what expired vouchers gave back)
 */
public record VoucherProgram(
        UUID id,
        Region region,
        String locality,
        LocalizedText name,
        ProgramTerms terms,
        long committedFen,
        ProgramStatus status,
        String createdBy,
        Instant createdAt,
        long version) {

    /** Everything wrong with a program of {@code name} and {@code terms}; empty when a bureau may create it. */
    public static List<Violation> violations(LocalizedText name, ProgramTerms terms) {
        List<Violation> violations = new ArrayList<>();
        if (name == null || blank(name.zh()) || blank(name.en())) {
            violations.add(new Violation("name", "needs zh and en"));
        }
        violations.addAll(terms.violations());
        return violations;
    }

    /** A new program in {@code DRAFT}, when its name and terms are complete and consistent. */
    public static Decision<VoucherProgram> draft(
            UUID id, Region region, LocalizedText name, ProgramTerms terms, String createdBy, Instant now) {
        return Decision.unlessViolated(
                violations(name, terms),
                () -> new VoucherProgram(
                        id,
                        region,
                        null,
                        new LocalizedText(name.zh().strip(), name.en().strip()),
                        terms,
                        0,
                        ProgramStatus.DRAFT,
                        createdBy,
                        now,
                        0));
    }

    /** Opens, suspends or closes the program, where its status allows. */
    public Decision<VoucherProgram> moveTo(ProgramStatus target) {
        if (!status.canBecome(target)) {
            return Decision.reject(Rejection.conflict(
                    "illegal-transition", "a program that is " + status + " cannot become " + target));
        }
        return Decision.accept(with(target, committedFen));
    }

    /**
     * Whether a firm registered in {@code firmRegion} may apply on {@code today} (Asia/Shanghai), having
     * {@code pendingOrIssued} applications this year that are submitted or approved.
     */
    public Decision<VoucherProgram> admitsApplication(Region firmRegion, LocalDate today, long pendingOrIssued) {
        if (!region.equals(firmRegion)) {
            return refuse(
                    "wrong-region",
                    "this program of " + region.code() + " is for firms registered in " + region.code()
                            + "; the firm is registered in " + firmRegion.code());
        }
        if (status != ProgramStatus.OPEN) {
            return refuse("program-not-open", "the program is " + status + " and takes no applications");
        }
        if (today.isBefore(terms.applicationsFrom()) || today.isAfter(terms.applicationsUntil())) {
            return refuse(
                    "outside-application-window",
                    "the program takes applications from " + terms.applicationsFrom() + " to "
                            + terms.applicationsUntil());
        }
        if (!budgetCoversAnother()) {
            return refuse("budget-exhausted", "the program's budget is fully committed");
        }
        if (exceedsCap(pendingOrIssued)) {
            return refuse(
                    "yearly-cap-reached",
                    "the firm's applications and vouchers for " + today.getYear()
                            + " already reach the program's cap of "
                            + Money.ofFen(terms.capPerFirmPerYearFen()).toDecimalString() + " yuan per firm and year");
        }
        return Decision.accept(this);
    }

    /**
     * Whether an applicant firm may apply as far as SME registration goes: a program for science-based SMEs only takes
     * firms with a current registration ({@code currentSme}: of this year or the last, verified by the bureau or
     * stated when the firm joined).
     */
    public Decision<VoucherProgram> admitsSme(boolean currentSme, LocalDate today) {
        if (terms.smeOnly() && !currentSme) {
            return refuse(
                    "sme-required",
                    "this program is for registered science-based SMEs (科技型中小企业); DeltaShare knows no "
                            + "registration of the firm for " + (today.getYear() - 1) + " or " + today.getYear()
                            + " (ask your region's bureau to verify it, with the registration number)");
        }
        return Decision.accept(this);
    }

    /**
     * Commits another voucher's face value for a firm that holds {@code issued} vouchers of this program in
     * {@code year}: refused when the budget or the firm's cap would be exceeded.
     */
    public Decision<VoucherProgram> commitVoucher(int year, long issued) {
        if (!budgetCoversAnother()) {
            return refuse(
                    "budget-exhausted",
                    "the program's budget cannot cover another voucher of "
                            + Money.ofFen(terms.faceValueFen()).toDecimalString() + " yuan");
        }
        if (exceedsCap(issued)) {
            return refuse("yearly-cap-reached", "the firm already holds vouchers up to the program's cap for " + year);
        }
        return Decision.accept(with(status, committedFen + terms.faceValueFen()));
    }

    /** {@code fen} of an expired voucher comes back to the budget. */
    public VoucherProgram givenBack(long fen) {
        return with(status, committedFen - fen);
    }

    /** What the budget has left to commit. */
    public long uncommittedFen() {
        return terms.totalBudgetFen() - committedFen;
    }

    /** Whether the program's vouchers take on bookings: not while it is suspended. */
    public boolean vouchersUsable() {
        return status != ProgramStatus.SUSPENDED;
    }

    private boolean budgetCoversAnother() {
        return committedFen + terms.faceValueFen() <= terms.totalBudgetFen();
    }

    private boolean exceedsCap(long vouchersAlready) {
        return (vouchersAlready + 1) * terms.faceValueFen() > terms.capPerFirmPerYearFen();
    }

    private VoucherProgram with(ProgramStatus newStatus, long newCommittedFen) {
        return new VoucherProgram(
                id, region, locality, name, terms, newCommittedFen, newStatus, createdBy, createdAt, version);
    }

    /** The draft as a program of the bureau of pilot locality {@code locality} (null: of the province's bureau). */
    public VoucherProgram issuedBy(String locality) {
        return new VoucherProgram(
                id, region, locality, name, terms, committedFen, status, createdBy, createdAt, version);
    }

    private static <T> Decision<T> refuse(String type, String reason) {
        return Decision.reject(Rejection.conflict(type, reason));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
