package io.deltashare.documents.text;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Amounts of money as documents print them: yuan with two decimals, grouped by thousands ({@code -1,050.00}). */
public final class Amounts {

    private Amounts() {}

    public static String yuan(long fen) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(BigDecimal.valueOf(fen, 2));
    }

    /** With the currency: {@code ¥1,050.00}. */
    public static String withSign(long fen) {
        return fen < 0 ? "-¥" + yuan(-fen) : "¥" + yuan(fen);
    }
}
