package com.cxalign.jira.catalog.rules;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.fail;

import com.cxalign.jira.platform.errors.FieldError;
import com.cxalign.jira.platform.errors.ValidationException;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.function.ThrowingRunnable;

/** Assertions on what the catalogue rules refuse, shared by the rule tests. */
final class RuleAssertions {

    static final String REQUIRED = "cx-align.field.required";
    static final String TOO_LONG = "cx-align.field.too-long";
    static final String CONTROL_CHARACTERS = "cx-align.field.control-characters";
    static final String CHOICE = "cx-align.field.choice";
    static final String DATE = "cx-align.field.date";
    static final String NUMBER_SIZE = "cx-align.field.number-size";
    static final String OUT_OF_SCALE = "cx-align.metric.value.out-of-scale";
    static final String AT_LEAST = "cx-align.metric.value.at-least";

    private RuleAssertions() {
    }

    /** A number from its text; null stays null. */
    static BigDecimal decimal(String text) {
        return text == null ? null : new BigDecimal(text);
    }

    /** Runs a check that must fail validation and returns the failure. */
    static ValidationException rejection(ThrowingRunnable check) {
        return assertThrows(ValidationException.class, check);
    }

    /** The check fails, and the failure names exactly these fields. */
    static void assertRejectedFields(ThrowingRunnable check, String... fields) {
        Set<String> reported = rejection(check).getFieldErrors().stream().map(FieldError::field)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(List.of(fields)), reported);
    }

    /** The check fails with exactly these errors, in this order. */
    static void assertErrors(ThrowingRunnable check, FieldError... expected) {
        assertEquals(List.of(expected), rejection(check).getFieldErrors());
    }

    /** The check fails with this one error and no other. */
    static void assertOnlyError(ThrowingRunnable check, String field, String messageKey, String... arguments) {
        assertErrors(check, FieldError.of(field, messageKey, (Object[]) arguments));
    }

    /** The check passes. */
    static void assertAccepted(ThrowingRunnable check) {
        try {
            check.run();
        } catch (ValidationException e) {
            fail("refused with " + e.getFieldErrors());
        } catch (Throwable e) {
            throw new AssertionError(e);
        }
    }

    /** The check passes when {@code expected} is null, else fails with that one error and no other. */
    static void assertVerdict(ThrowingRunnable check, FieldError expected) {
        if (expected == null) {
            assertAccepted(check);
        } else {
            assertErrors(check, expected);
        }
    }
}
