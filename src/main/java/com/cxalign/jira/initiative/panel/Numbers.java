package com.cxalign.jira.initiative.panel;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers as the issue panel shows them: grouped digits, no needless zeros, and the metric's unit after the value
 * ({@code 45%}, {@code 32 NPS}, {@code 1,250 orders}).
 */
public final class Numbers {

    private Numbers() {
    }

    public static String plain(BigDecimal value, Locale locale) {
        if (value == null) {
            return null;
        }
        DecimalFormat format = new DecimalFormat("#,##0.######", DecimalFormatSymbols.getInstance(locale));
        format.setParseBigDecimal(true);
        return format.format(value);
    }

    public static String withUnit(BigDecimal value, String unit, Locale locale) {
        String number = plain(value, locale);
        if (number == null || unit == null || unit.isBlank()) {
            return number;
        }
        return "%".equals(unit.strip()) ? number + "%" : number + " " + unit.strip();
    }
}
