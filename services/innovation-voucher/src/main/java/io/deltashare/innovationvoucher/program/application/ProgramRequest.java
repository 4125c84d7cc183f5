package io.deltashare.innovationvoucher.program.application;

import io.deltashare.contracts.money.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * A bureau's new program. {@code region} defaults to the officer's own; {@code acceptedProviderRegions} with all
 * four regions is cross-region acceptance (通用通兑), with the own region only a local program.
 */
public record ProgramRequest(@Valid Name name, @Size(max = 5) String region, Money totalBudget,
                             Money capPerFirmPerYear, Money faceValue, BigDecimal coverageRatio,
                             @Size(max = 100) Set<@Size(max = 50) String> eligibleCategories,
                             @Size(max = 4) Set<@Size(max = 5) String> acceptedProviderRegions, DateWindow applicationWindow,
                             DateWindow voucherValidity) {

    /** The program's name in both languages, as stored (200 characters each). */
    public record Name(@Size(max = 200) String zh, @Size(max = 200) String en) {
    }

    /** Days in Asia/Shanghai, both inclusive. */
    public record DateWindow(LocalDate from, LocalDate until) {
    }
}
