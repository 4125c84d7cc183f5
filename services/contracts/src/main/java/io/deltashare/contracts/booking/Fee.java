package io.deltashare.contracts.booking;

import io.deltashare.contracts.money.Money;

/**
 * A fee and how it came about: {@code quantity} units (hours as a decimal, e.g. {@code "2.5"}, or samples) at
 * {@code unitPrice} each, giving {@code amount} (rounded half-up to the fen).
 *
 * @param unit {@code HOUR} or {@code SAMPLE}
 */
public record Fee(String unit, String quantity, Money unitPrice, Money amount) {}
