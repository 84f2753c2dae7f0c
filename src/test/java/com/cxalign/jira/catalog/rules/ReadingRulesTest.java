package com.cxalign.jira.catalog.rules;

import static com.cxalign.jira.catalog.rules.ReadingDrafts.TODAY;
import static com.cxalign.jira.catalog.rules.ReadingDrafts.aReading;
import static com.cxalign.jira.catalog.rules.RuleAssertions.DATE;
import static com.cxalign.jira.catalog.rules.RuleAssertions.NUMBER_SIZE;
import static com.cxalign.jira.catalog.rules.RuleAssertions.OUT_OF_SCALE;
import static com.cxalign.jira.catalog.rules.RuleAssertions.REQUIRED;
import static com.cxalign.jira.catalog.rules.RuleAssertions.assertErrors;
import static com.cxalign.jira.catalog.rules.RuleAssertions.assertOnlyError;
import static com.cxalign.jira.catalog.rules.RuleAssertions.assertRejectedFields;
import static com.cxalign.jira.catalog.rules.RuleAssertions.decimal;
import static org.junit.Assert.assertEquals;

import com.cxalign.jira.catalog.model.MetricKind;
import com.cxalign.jira.platform.errors.FieldError;

import java.util.Arrays;
import java.util.List;

import org.junit.Test;

public class ReadingRulesTest {

    private static final String FUTURE = "cx-align.reading.date.future";
    private static final String TOO_OLD = "cx-align.reading.date.too-old";

    @Test
    public void aValidReadingComesBackWithItsTextTrimmed() {
        ReadingDraft checked = aReading().value("-12.5").measuredAt(" 2025-06-01 ").source("  Survey tool ")
                .note("\nFirst wave.\n").check();

        assertEquals(new ReadingDraft(decimal("-12.5"), "2025-06-01", "Survey tool", "First wave."), checked);
    }

    @Test
    public void aReadingNeedsNeitherSourceNorNote() {
        ReadingDraft checked = aReading().source(null).note("  ").check();

        assertEquals(Arrays.asList(null, null), Arrays.asList(checked.source(), checked.note()));
    }

    @Test
    public void aReadingMeasuredTodayIsAccepted() {
        assertEquals(TODAY.toString(), aReading().measuredAt(TODAY.toString()).check().measuredAt());
    }

    @Test
    public void aReadingMeasuredTomorrowIsRefusedAsInTheFuture() {
        assertOnlyError(() -> aReading().measuredAt(TODAY.plusDays(1).toString()).check(), "measuredAt", FUTURE);
    }

    @Test
    public void aReadingMeasuredOnTheFirstDayOf1990IsAccepted() {
        assertEquals("1990-01-01", aReading().measuredAt("1990-01-01").check().measuredAt());
    }

    @Test
    public void aReadingMeasuredBefore1990IsRefusedNamingTheEarliestDay() {
        assertOnlyError(() -> aReading().measuredAt("1989-12-31").check(), "measuredAt", TOO_OLD, "1990-01-01");
    }

    @Test
    public void aYearTypedWithTwoDigitsIsCaughtAsTooOld() {
        assertOnlyError(() -> aReading().measuredAt("0024-06-01").check(), "measuredAt", TOO_OLD, "1990-01-01");
    }

    @Test
    public void aDayThatIsNotAnIsoDateIsRefused() {
        assertOnlyError(() -> aReading().measuredAt("15/06/2025").check(), "measuredAt", DATE);
    }

    @Test
    public void valueAndDayAreRequired() {
        assertErrors(() -> aReading().value(null).measuredAt("").check(),
                FieldError.of("value", REQUIRED), FieldError.of("measuredAt", REQUIRED));
    }

    @Test
    public void theValueIsCheckedAgainstTheScaleOfTheMetricsOwnUnit() {
        assertOnlyError(() -> aReading().of(MetricKind.CSAT, "score 1-5").value("80").check(),
                "value", OUT_OF_SCALE, "1", "5", "score 1-5");
    }

    @Test
    public void theSameValueFitsTheSameKindInAnotherUnit() {
        assertEquals(decimal("80"), aReading().of(MetricKind.CSAT, "%").value("80").check().value());
    }

    @Test
    public void aValueOutsideTheScaleAndAFutureDayAreReportedTogether() {
        assertRejectedFields(() -> aReading().value("101").measuredAt("2030-01-01").check(), "value", "measuredAt");
    }

    @Test
    public void everyWrongFieldIsReportedInOneFailure() {
        assertRejectedFields(() -> aReading().value("0.1234567").measuredAt("yesterday")
                        .source("s".repeat(Limits.SOURCE + 1)).note("bell\u0007").check(),
                "value", "measuredAt", "source", "note");
    }

    @Test
    public void hostileSourceAndNoteAreKeptAsPlainText() {
        ReadingDraft checked = aReading().source("<script>alert(1)</script>").note("'; DROP TABLE AO_X; --").check();

        assertEquals(List.of("<script>alert(1)</script>", "'; DROP TABLE AO_X; --"),
                List.of(checked.source(), checked.note()));
    }

    @Test
    public void aValueWithAHugeExponentIsRefusedAsTooLarge() {
        for (String huge : List.of("1E+2147483647", "-9E+2147483647")) {
            assertOnlyError(() -> aReading().of(MetricKind.CUSTOM, "points").value(huge).check(), "value", NUMBER_SIZE);
        }
    }
}
