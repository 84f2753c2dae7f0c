package com.cxalign.jira.catalog.rules;

import com.cxalign.jira.catalog.model.Scale;
import com.cxalign.jira.platform.errors.FieldError;
import com.cxalign.jira.platform.errors.ValidationException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Collects field errors while input is read, so that the user learns about every wrong field at once, each with a
 * message that says what is wrong. Each reader returns the cleaned value, or null when it is missing or wrong.
 */
final class FieldChecks {

    private final List<FieldError> errors = new ArrayList<>();

    /** Trimmed text; blank counts as missing. */
    String text(String field, String value, int maxLength, boolean required) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            if (required) {
                error(field, "cx-align.field.required");
            }
            return null;
        }
        if (trimmed.length() > maxLength) {
            error(field, "cx-align.field.too-long", maxLength);
            return null;
        }
        if (trimmed.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            error(field, "cx-align.field.control-characters");
            return null;
        }
        return trimmed;
    }

    <E extends Enum<E>> E choice(String field, String value, Class<E> type, boolean required) {
        String name = text(field, value, 40, required);
        if (name == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, name.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
        } catch (IllegalArgumentException e) {
            error(field, "cx-align.field.choice", Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.joining(", ")));
            return null;
        }
    }

    LocalDate date(String field, String value, boolean required) {
        // Longer than a date may be, so that "2026-01-01T10:00" is told the date format, not a length.
        String text = text(field, value, 40, required);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            error(field, "cx-align.field.date");
            return null;
        }
    }

    BigDecimal number(String field, BigDecimal value, boolean required) {
        if (value == null) {
            if (required) {
                error(field, "cx-align.field.required");
            }
            return null;
        }
        // Twelve digits before and six after the point hold every CX figure and fit every database column.
        // long arithmetic: a scale near Integer.MIN_VALUE (1E+2147483647) would overflow an int difference.
        if (value.precision() - (long) value.scale() > 12 || value.scale() > 6) {
            error(field, "cx-align.field.number-size");
            return null;
        }
        return value;
    }

    /** Reports a value outside the values its unit allows (e.g. an NPS of 140). */
    void inScale(String field, BigDecimal value, Scale scale) {
        if (value == null || scale.contains(value)) {
            return;
        }
        if (scale.max() == null) {
            error(field, "cx-align.metric.value.at-least", scale.min().toPlainString(), scale.unit());
        } else {
            error(field, "cx-align.metric.value.out-of-scale", scale.min().toPlainString(),
                    scale.max().toPlainString(), scale.unit());
        }
    }

    void error(String field, String messageKey, Object... arguments) {
        errors.add(FieldError.of(field, messageKey, arguments));
    }

    boolean hasError(String field) {
        return errors.stream().anyMatch(error -> error.field().equals(field));
    }

    /** Throws all collected errors at once; nothing may be stored after a failure. */
    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
