package com.cxalign.jira.initiative.values;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Optional;

/**
 * Turns the values Jira's own field types hold into what the plugin works with, one field at a time. Jira gives a
 * select field's {@code Option} (the adapter passes it on as a {@link SelectedOption}), a text, a {@code Double} for
 * a number and a {@code Timestamp} for a date picker; the REST layer and tests may also pass text or any
 * {@link Number}. A value of another type, or one that cannot be read, counts as empty: the plugin then says the
 * field is missing rather than failing the page.
 */
public final class RawValues {

    private RawValues() {
    }

    /** Trimmed text; empty text is no value. */
    public static String text(Object raw) {
        if (!(raw instanceof String text) || text.isBlank()) {
            return null;
        }
        return text.strip();
    }

    /**
     * A number as an exact decimal. Doubles go through their shortest decimal form ({@code 0.1} stays {@code 0.1},
     * not {@code 0.1000000000000000055...}) and lose trailing zeros ({@code 35.0} is {@code 35}).
     */
    public static BigDecimal number(Object raw) {
        BigDecimal value;
        if (raw instanceof BigDecimal decimal) {
            value = decimal;
        } else if (raw instanceof Double || raw instanceof Float) {
            double d = ((Number) raw).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                return null;
            }
            value = BigDecimal.valueOf(d);
        } else if (raw instanceof Number number) {
            value = BigDecimal.valueOf(number.longValue());
        } else if (raw instanceof String text) {
            value = parseDecimal(text).orElse(null);
        } else {
            value = null;
        }
        return value == null ? null : plain(value);
    }

    /** The day a date picker holds, in Jira's time zone (Jira stores the picked day at midnight there). */
    public static LocalDate day(Object raw, ZoneId zone) {
        if (raw instanceof LocalDate day) {
            return day;
        }
        if (raw instanceof Date date) {
            return Instant.ofEpochMilli(date.getTime()).atZone(zone).toLocalDate();
        }
        return null;
    }

    /** The option of a select field, or null when the field is empty or holds something else. */
    public static SelectedOption option(Object raw) {
        return raw instanceof SelectedOption option ? option : null;
    }

    private static Optional<BigDecimal> parseDecimal(String text) {
        String cleaned = text.strip().replace(",", "");
        if (cleaned.isEmpty() || cleaned.length() > 40) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(cleaned));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
