package com.cxalign.jira.initiative.alignment;

import static org.junit.Assert.assertEquals;

import com.cxalign.jira.catalog.model.CatalogStatus;
import com.cxalign.jira.catalog.model.Direction;
import com.cxalign.jira.catalog.model.Goal;
import com.cxalign.jira.catalog.model.JourneyStage;
import com.cxalign.jira.catalog.model.Metric;
import com.cxalign.jira.catalog.model.MetricKind;
import com.cxalign.jira.initiative.model.InitiativeValues;
import com.cxalign.jira.platform.errors.FieldError;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.Test;

/** The alignment rules, one finding per field, on plain values. */
public class AlignmentRulesTest {

    private static final Goal GOAL = new Goal(7, "Reduce onboarding churn", "", "owner", CatalogStatus.ACTIVE, 1, 1);
    private static final Metric NPS = metric(Direction.HIGHER_IS_BETTER, MetricKind.NPS, "NPS", null, null);

    @Test
    public void aFullyAlignedInitiativeHasNoFindings() {
        assertEquals(List.of(), check(values("20", "35", null), facts(GOAL, NPS, true)));
    }

    @Test
    public void everyMissingFieldIsNamedInOrder() {
        List<FieldError> findings = AlignmentRules.check(InitiativeValues.empty(), facts(null, null, false));

        assertEquals(List.of(
                FieldError.of("goal", "cx-align.alignment.goal.missing"),
                FieldError.of("metric", "cx-align.alignment.metric.missing"),
                FieldError.of("outcome", "cx-align.alignment.outcome.missing"),
                FieldError.of("baseline", "cx-align.alignment.baseline.missing"),
                FieldError.of("target", "cx-align.alignment.target.missing")), findings);
    }

    @Test
    public void aGoalOrMetricThatIsGoneOrArchivedIsNamed() {
        Goal archived = new Goal(7, "Old goal", "", "owner", CatalogStatus.ARCHIVED, 1, 2);
        Metric archivedMetric = new Metric(9, "Old NPS", MetricKind.NPS, "NPS", Direction.HIGHER_IS_BETTER, null,
                null, null, null, null, null, null, null, CatalogStatus.ARCHIVED, 2);

        assertEquals(List.of(FieldError.of("goal", "cx-align.alignment.goal.unknown"),
                        FieldError.of("metric", "cx-align.alignment.metric.unknown")),
                check(values("20", "35", null), facts(null, null, false)));
        assertEquals(List.of(FieldError.of("goal", "cx-align.alignment.goal.archived", "Old goal"),
                        FieldError.of("metric", "cx-align.alignment.metric.archived", "Old NPS")),
                check(values("20", "35", null), facts(archived, archivedMetric, true)));
    }

    @Test
    public void aMetricThatDoesNotMeasureTheGoalIsRefusedNamingBoth() {
        assertEquals(List.of(FieldError.of("metric", "cx-align.alignment.metric.not-for-goal", "Onboarding NPS",
                "Reduce onboarding churn")), check(values("20", "35", null), facts(GOAL, NPS, false)));
    }

    @Test
    public void theTargetMustBeBetterThanTheBaselineInTheMetricsDirection() {
        assertEquals(List.of(FieldError.of("target", "cx-align.alignment.target.not-higher", "20", "Onboarding NPS")),
                check(values("20", "20", null), facts(GOAL, NPS, true)));
        Metric contacts = metric(Direction.LOWER_IS_BETTER, MetricKind.SUPPORT_CONTACTS, "contacts", null, null);
        assertEquals(List.of(), check(values("900", "600", null), facts(GOAL, contacts, true)));
        assertEquals(List.of(FieldError.of("target", "cx-align.alignment.target.not-lower", "600",
                "Onboarding NPS")), check(values("600", "900", null), facts(GOAL, contacts, true)));
        Metric ranged = metric(Direction.WITHIN_RANGE, MetricKind.CUSTOM, "hours", "2", "4");
        assertEquals(List.of(FieldError.of("target", "cx-align.alignment.target.not-in-range", "10",
                "Onboarding NPS")), check(values("10", "5", null), facts(GOAL, ranged, true)));
        assertEquals(List.of(), check(values("10", "4", null), facts(GOAL, ranged, true)));
    }

    @Test
    public void numbersOutsideTheMetricsScaleAreNamedWithTheScale() {
        assertEquals(List.of(), check(values("-100", "100", "100"), facts(GOAL, NPS, true)));
        assertEquals(List.of(FieldError.of("target", "cx-align.metric.value.out-of-scale", "-100", "100", "NPS"),
                        FieldError.of("actual", "cx-align.metric.value.out-of-scale", "-100", "100", "NPS")),
                check(values("20", "100.5", "-101"), facts(GOAL, NPS, true)));
        Metric orders = metric(Direction.HIGHER_IS_BETTER, MetricKind.ORDER_VOLUME, "orders", null, null);
        assertEquals(List.of(FieldError.of("baseline", "cx-align.metric.value.at-least", "0", "orders")),
                check(values("-1", "10", null), facts(GOAL, orders, true)));
    }

    private static List<FieldError> check(InitiativeValues values, AlignmentFacts facts) {
        return AlignmentRules.check(values, facts);
    }

    private static InitiativeValues values(String baseline, String target, String actual) {
        return new InitiativeValues(7, 9, "New customers succeed in week one.", decimal(baseline), decimal(target),
                decimal(actual), null, JourneyStage.ONBOARDING);
    }

    private static AlignmentFacts facts(Goal goal, Metric metric, boolean serves) {
        return new AlignmentFacts(goal, metric, serves);
    }

    private static Metric metric(Direction direction, MetricKind kind, String unit, String low, String high) {
        return new Metric(9, "Onboarding NPS", kind, unit, direction, decimal(low), decimal(high),
                new BigDecimal("20"), LocalDate.parse("2026-01-01"), new BigDecimal("35"),
                LocalDate.parse("2026-12-31"), JourneyStage.ONBOARDING, "owner", CatalogStatus.ACTIVE, 1);
    }

    private static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }
}
