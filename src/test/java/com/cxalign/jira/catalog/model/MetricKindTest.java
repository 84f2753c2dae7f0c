package com.cxalign.jira.catalog.model;

import static org.junit.Assert.assertEquals;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.Test;

public class MetricKindTest {

    @Test
    public void theFirstScaleOfEachKindGivesItsDefaultUnit() {
        Map<MetricKind, String> defaults = new EnumMap<>(MetricKind.class);
        for (MetricKind kind : MetricKind.values()) {
            defaults.put(kind, kind.defaultUnit());
        }

        assertEquals(Map.of(MetricKind.NPS, "NPS", MetricKind.CSAT, "%", MetricKind.CES, "score 1-7",
                MetricKind.CHURN_RATE, "%", MetricKind.RETENTION, "%", MetricKind.ORDER_VOLUME, "orders",
                MetricKind.SUPPORT_CONTACTS, "contacts", MetricKind.REVENUE, "USD", MetricKind.CUSTOM, ""), defaults);
    }

    @Test
    public void scoresAndRatesHaveFixedScales() {
        assertEquals(List.of(List.of(Scale.of("NPS", -100, 100)),
                        List.of(Scale.of("%", 0, 100), Scale.of("score 1-5", 1, 5)),
                        List.of(Scale.of("score 1-7", 1, 7)),
                        List.of(Scale.of("%", 0, 100)),
                        List.of(Scale.of("%", 0, 100))),
                List.of(MetricKind.NPS.scales(), MetricKind.CSAT.scales(), MetricKind.CES.scales(),
                        MetricKind.CHURN_RATE.scales(), MetricKind.RETENTION.scales()));
    }

    @Test
    public void aFixedUnitKindFindsItsScaleWhateverTheCase() {
        assertEquals(Optional.of(Scale.of("score 1-5", 1, 5)), MetricKind.CSAT.scaleFor("SCORE 1-5"));
    }

    @Test
    public void aFixedUnitKindHasNoScaleForAnyOtherUnit() {
        assertEquals(List.of(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()),
                List.of(MetricKind.NPS.scaleFor("%"), MetricKind.CES.scaleFor("score 1-5"),
                        MetricKind.CHURN_RATE.scaleFor("percent"), MetricKind.CSAT.scaleFor(null)));
    }

    @Test
    public void countsAndMoneyTakeAnyUnitNameFromZeroUpward() {
        assertEquals(List.of(Scale.atLeast("boxes", 0), Scale.atLeast("chats", 0), Scale.atLeast("EUR", 0)),
                List.of(MetricKind.ORDER_VOLUME.scaleFor("boxes").orElseThrow(),
                        MetricKind.SUPPORT_CONTACTS.scaleFor("chats").orElseThrow(),
                        MetricKind.REVENUE.scaleFor("EUR").orElseThrow()));
    }

    @Test
    public void aCustomKindTakesAnyUnitWithoutBounds() {
        assertEquals(Optional.of(Scale.any("minutes")), MetricKind.CUSTOM.scaleFor("minutes"));
    }
}
