package com.cxalign.jira.catalog.rules;

import static com.cxalign.jira.catalog.rules.MetricDrafts.aMetric;
import static org.junit.Assert.assertEquals;

import com.cxalign.jira.catalog.model.Direction;
import com.cxalign.jira.catalog.model.JourneyStage;
import com.cxalign.jira.catalog.model.MetricKind;

import java.util.List;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;

/** Kind, direction and journey stage accept their names in any case, with spaces or dashes for underscores. */
@RunWith(Parameterized.class)
public class ChoiceSpellingsTest {

    @Parameters(name = "\"{0}\" is {1}")
    public static List<Object[]> spellings() {
        return List.of(
                new Object[] {"nps", MetricKind.NPS},
                new Object[] {"Csat", MetricKind.CSAT},
                new Object[] {"Churn Rate", MetricKind.CHURN_RATE},
                new Object[] {"churn-rate", MetricKind.CHURN_RATE},
                new Object[] {"  order volume  ", MetricKind.ORDER_VOLUME},
                new Object[] {"SUPPORT_CONTACTS", MetricKind.SUPPORT_CONTACTS},
                new Object[] {"Support-Contacts", MetricKind.SUPPORT_CONTACTS},
                new Object[] {"custom", MetricKind.CUSTOM},
                new Object[] {"higher is better", Direction.HIGHER_IS_BETTER},
                new Object[] {"Lower-Is-Better", Direction.LOWER_IS_BETTER},
                new Object[] {"within_range", Direction.WITHIN_RANGE},
                new Object[] {" Within Range ", Direction.WITHIN_RANGE},
                new Object[] {"onboarding", JourneyStage.ONBOARDING},
                new Object[] {"Advocacy", JourneyStage.ADVOCACY},
                new Object[] {"  RENEWAL\t", JourneyStage.RENEWAL});
    }

    @Parameter(0)
    public String spelling;
    @Parameter(1)
    public Enum<?> choice;

    @Test
    public void theSpellingIsReadAsItsChoice() {
        assertEquals(choice, readBack());
    }

    private Enum<?> readBack() {
        if (choice instanceof MetricKind) {
            return aMetric().kind(spelling).check().kind();
        }
        if (choice instanceof Direction direction) {
            return aMetric().towards(direction).direction(spelling).check().direction();
        }
        return aMetric().journeyStage(spelling).check().journeyStage();
    }
}
