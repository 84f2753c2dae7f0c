package com.cxalign.jira.catalog.rules;

import static com.cxalign.jira.catalog.rules.MetricDrafts.aMetric;
import static com.cxalign.jira.catalog.rules.RuleAssertions.CHOICE;
import static com.cxalign.jira.catalog.rules.RuleAssertions.DATE;
import static com.cxalign.jira.catalog.rules.RuleAssertions.NUMBER_SIZE;
import static com.cxalign.jira.catalog.rules.RuleAssertions.AT_LEAST;
import static com.cxalign.jira.catalog.rules.RuleAssertions.OUT_OF_SCALE;
import static com.cxalign.jira.catalog.rules.RuleAssertions.REQUIRED;
import static com.cxalign.jira.catalog.rules.RuleAssertions.TOO_LONG;
import static com.cxalign.jira.catalog.rules.RuleAssertions.assertAccepted;
import static com.cxalign.jira.catalog.rules.RuleAssertions.assertErrors;
import static com.cxalign.jira.catalog.rules.RuleAssertions.assertOnlyError;
import static com.cxalign.jira.catalog.rules.RuleAssertions.assertRejectedFields;
import static com.cxalign.jira.catalog.rules.RuleAssertions.decimal;
import static org.junit.Assert.assertEquals;

import com.cxalign.jira.catalog.model.Direction;
import com.cxalign.jira.catalog.model.JourneyStage;
import com.cxalign.jira.catalog.model.MetricKind;
import com.cxalign.jira.platform.errors.FieldError;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.Test;

public class MetricRulesTest {

    private static final String UNIT_NOT_FOR_KIND = "cx-align.metric.unit.not-for-kind";
    private static final String ONLY_WITHIN = "cx-align.metric.range.only-within";
    private static final String RANGE_ORDER = "cx-align.metric.range.order";
    private static final String DATES_ORDER = "cx-align.metric.dates.order";

    @Test
    public void aCompleteMetricComesBackTrimmedAndTyped() {
        CheckedMetric checked = aMetric().name("  Onboarding NPS ").kind(" nps").unit("  ").direction("higher-is-better")
                .values("12.5", "30").dates("2025-01-01", "2025-12-31").journeyStage("Onboarding")
                .ownerKey(" jdoe ").check();

        assertEquals(new CheckedMetric("Onboarding NPS", MetricKind.NPS, "NPS", Direction.HIGHER_IS_BETTER, null, null,
                decimal("12.5"), LocalDate.of(2025, 1, 1), decimal("30"), LocalDate.of(2025, 12, 31),
                JourneyStage.ONBOARDING, "jdoe"), checked);
    }

    @Test
    public void aWithinRangeMetricKeepsItsBounds() {
        CheckedMetric checked = aMetric().towards(Direction.WITHIN_RANGE).check();

        assertEquals(List.of(decimal("4"), decimal("6")), List.of(checked.rangeLow(), checked.rangeHigh()));
    }

    @Test
    public void eachKindUsesItsDefaultUnitWhenTheUnitIsBlank() {
        Map<MetricKind, String> defaults = Map.of(MetricKind.NPS, "NPS", MetricKind.CSAT, "%",
                MetricKind.CES, "score 1-7", MetricKind.CHURN_RATE, "%", MetricKind.RETENTION, "%",
                MetricKind.ORDER_VOLUME, "orders", MetricKind.SUPPORT_CONTACTS, "contacts", MetricKind.REVENUE, "USD",
                MetricKind.CUSTOM, "");
        for (MetricKind kind : MetricKind.values()) {
            assertEquals(kind.name(), defaults.get(kind), aMetric().kind(kind.name()).unit(" ").check().unit());
        }
    }

    @Test
    public void aUnitSelectsTheKindsScaleWhateverItsCase() {
        assertOnlyError(() -> aMetric().kind("CSAT").unit("Score 1-5").values("0", "4").check(),
                "baseline", OUT_OF_SCALE, "1", "5", "score 1-5");
    }

    @Test
    public void aUnitTheKindIsNotMeasuredInIsReportedOnUnitWithTheAllowedUnits() {
        assertOnlyError(() -> aMetric().kind("CSAT").unit("points").check(),
                "unit", UNIT_NOT_FOR_KIND, "CSAT", "%, score 1-5");
    }

    @Test
    public void anNpsMetricCannotBeMeasuredInPercent() {
        assertOnlyError(() -> aMetric().kind("NPS").unit("%").check(), "unit", UNIT_NOT_FOR_KIND, "NPS", "NPS");
    }

    @Test
    public void aCesMetricCannotBorrowTheFivePointScaleOfCsat() {
        assertOnlyError(() -> aMetric().kind("CES").unit("score 1-5").check(),
                "unit", UNIT_NOT_FOR_KIND, "CES", "score 1-7");
    }

    @Test
    public void aTooLongUnitIsReportedOnceAsTooLongAndNotAsForeignToTheKind() {
        assertOnlyError(() -> aMetric().kind("NPS").unit("n".repeat(Limits.UNIT + 1)).check(),
                "unit", TOO_LONG, String.valueOf(Limits.UNIT));
    }

    @Test
    public void aFreeUnitKindTakesAnyUnitNameButNoValueBelowZero() {
        assertOnlyError(() -> aMetric().kind("order volume").unit("boxes").values("-1", "10").check(),
                "baseline", AT_LEAST, "0", "boxes");
    }

    @Test
    public void aCustomMetricTakesAnyUnitAndAnyValue() {
        CheckedMetric checked = aMetric().kind("custom").unit("minutes").values("-5000", "-100").check();

        assertEquals("minutes", checked.unit());
    }

    @Test
    public void aBaselineAndATargetOutsideTheScaleAreBothReportedAgainstTheScale() {
        assertErrors(() -> aMetric().kind("NPS").values("-101", "140").check(),
                FieldError.of("baseline", OUT_OF_SCALE, "-100", "100", "NPS"),
                FieldError.of("target", OUT_OF_SCALE, "-100", "100", "NPS"));
    }

    @Test
    public void rangeBoundsOutsideTheScaleAreReported() {
        assertRejectedFields(() -> aMetric().kind("NPS").direction("within range").values("0", "0")
                .range("-150", "150").check(), "rangeLow", "rangeHigh");
    }

    @Test
    public void aWithinRangeMetricNeedsBothBounds() {
        assertErrors(() -> aMetric().direction("within range").check(),
                FieldError.of("rangeLow", REQUIRED), FieldError.of("rangeHigh", REQUIRED));
    }

    @Test
    public void aWithinRangeMetricWithOnlyAnUpperBoundMissesTheLowerOne() {
        assertOnlyError(() -> aMetric().towards(Direction.WITHIN_RANGE).range(null, "6").check(),
                "rangeLow", REQUIRED);
    }

    @Test
    public void equalBoundsAreNotARange() {
        assertOnlyError(() -> aMetric().towards(Direction.WITHIN_RANGE).range("5", "5").check(),
                "rangeHigh", RANGE_ORDER);
    }

    @Test
    public void anUpperBoundBelowTheLowerBoundIsRefused() {
        assertOnlyError(() -> aMetric().towards(Direction.WITHIN_RANGE).range("6", "4").check(),
                "rangeHigh", RANGE_ORDER);
    }

    @Test
    public void higherIsBetterRefusesBothBounds() {
        assertErrors(() -> aMetric().towards(Direction.HIGHER_IS_BETTER).range("4", "6").check(),
                FieldError.of("rangeLow", ONLY_WITHIN), FieldError.of("rangeHigh", ONLY_WITHIN));
    }

    @Test
    public void lowerIsBetterRefusesASingleBound() {
        assertOnlyError(() -> aMetric().towards(Direction.LOWER_IS_BETTER).range(null, "6").check(),
                "rangeHigh", ONLY_WITHIN);
    }

    @Test
    public void aTargetDateOnTheBaselineDateIsRefused() {
        assertOnlyError(() -> aMetric().dates("2025-03-01", "2025-03-01").check(), "targetDate", DATES_ORDER);
    }

    @Test
    public void aTargetDateBeforeTheBaselineDateIsRefused() {
        assertOnlyError(() -> aMetric().dates("2025-03-01", "2024-12-31").check(), "targetDate", DATES_ORDER);
    }

    @Test
    public void aTargetDateOneDayAfterTheBaselineDateIsAccepted() {
        assertEquals(LocalDate.of(2024, 3, 1), aMetric().dates("2024-02-29", "2024-03-01").check().targetDate());
    }

    @Test
    public void datesMustBeRealIsoYearMonthDayDates() {
        for (String notIso : List.of("2025/01/01", "01.02.2025", "2025-1-5", "2025-02-29", "2025-13-01", "tomorrow")) {
            assertOnlyError(() -> aMetric().dates(notIso, "2030-01-01").check(), "baselineDate", DATE);
        }
    }

    @Test
    public void bothDatesAreRequired() {
        assertErrors(() -> aMetric().dates(" ", null).check(),
                FieldError.of("baselineDate", REQUIRED), FieldError.of("targetDate", REQUIRED));
    }

    @Test
    public void baselineAndTargetAreRequired() {
        assertErrors(() -> aMetric().values(null, null).check(),
                FieldError.of("baseline", REQUIRED), FieldError.of("target", REQUIRED));
    }

    @Test
    public void allFourNumbersAreCheckedForSize() {
        assertRejectedFields(() -> aMetric().kind("custom").direction("within range")
                        .range("1000000000000", "0.0000001").values("-1000000000000", "1.1234567").check(),
                "rangeLow", "rangeHigh", "baseline", "target");
    }

    @Test
    public void aTooLargeBaselineIsReportedAsTooLargeRatherThanOutOfScale() {
        assertOnlyError(() -> aMetric().kind("NPS").values("1000000000000", "50").check(), "baseline", NUMBER_SIZE);
    }

    @Test
    public void kindAndDirectionAreRequiredButTheJourneyStageIsNot() {
        assertErrors(() -> aMetric().kind("  ").direction(null).journeyStage(" ").check(),
                FieldError.of("kind", REQUIRED), FieldError.of("direction", REQUIRED));
    }

    @Test
    public void aBlankJourneyStageIsLeftEmpty() {
        assertEquals(null, aMetric().journeyStage("").check().journeyStage());
    }

    @Test
    public void anUnknownKindIsRefusedListingTheKinds() {
        assertOnlyError(() -> aMetric().kind("promoter score").check(), "kind", CHOICE,
                "NPS, CSAT, CES, CHURN_RATE, RETENTION, ORDER_VOLUME, SUPPORT_CONTACTS, REVENUE, CUSTOM");
    }

    @Test
    public void anUnknownDirectionIsRefusedListingTheDirections() {
        assertOnlyError(() -> aMetric().direction("up").check(), "direction", CHOICE,
                "HIGHER_IS_BETTER, LOWER_IS_BETTER, WITHIN_RANGE");
    }

    @Test
    public void anUnknownJourneyStageIsRefusedListingTheStages() {
        assertOnlyError(() -> aMetric().journeyStage("checkout").check(), "journeyStage", CHOICE,
                "AWARENESS, CONSIDERATION, PURCHASE, ONBOARDING, USAGE, SUPPORT, RENEWAL, ADVOCACY");
    }

    @Test
    public void aChoiceSmuggledInsideHostileTextIsRefused() {
        assertRejectedFields(() -> aMetric().kind("NPS'; DROP TABLE AO_X; --").direction("<b>higher_is_better</b>")
                .check(), "kind", "direction");
    }

    @Test
    public void hostileTextInNameAndUnitIsKeptUnchanged() {
        CheckedMetric checked = aMetric().name("<script>alert(1)</script>").kind("custom")
                .unit("'; DROP TABLE AO_X; --").check();

        assertEquals(List.of("<script>alert(1)</script>", "'; DROP TABLE AO_X; --"),
                List.of(checked.name(), checked.unit()));
    }

    @Test
    public void everyMalformedFieldIsReportedInOneFailure() {
        assertRejectedFields(() -> aMetric().name(" ").kind("bogus").direction("sideways").journeyStage("nowhere")
                        .ownerKey("owner\u0000").values(null, "1.00000001").dates("2025/01/01", "soon").check(),
                "name", "kind", "direction", "journeyStage", "ownerKey", "baseline", "target", "baselineDate",
                "targetDate");
    }

    @Test
    public void everyInconsistentFieldIsReportedInOneFailure() {
        assertRejectedFields(() -> aMetric().kind("CSAT").unit("stars").values("4", "3").range("1", "2")
                        .dates("2025-06-01", "2025-01-01").check(),
                "unit", "rangeLow", "rangeHigh", "target", "targetDate");
    }

    @Test
    public void aValidMetricAtEveryEdgeAtOnceIsAccepted() {
        assertAccepted(() -> aMetric().name("n".repeat(Limits.NAME)).kind("NPS").unit("nps")
                .direction("lower is better").values("100", "-100").dates("1990-01-01", "1990-01-02")
                .ownerKey("k".repeat(Limits.USER_KEY)).check());
    }

    @Test
    public void aTooLongUnitIsReportedEvenWhenTheKindIsUnknown() {
        assertRejectedFields(() -> aMetric().kind("bogus").unit("u".repeat(Limits.UNIT + 1)).check(), "kind", "unit");
    }

    @Test
    public void boundsAreNotBlamedWhenTheDirectionItselfIsUnknown() {
        assertRejectedFields(() -> aMetric().direction("within the range").range("4", "6").check(), "direction");
    }
}
