package com.cxalign.jira.catalog.model;

import java.util.List;
import java.util.Optional;

/**
 * The kinds of metric CX programs track, each with the units it is measured in and the values valid in them.
 * The first scale is the default. Kinds with {@link #freeUnit} accept any unit name on their first scale's range
 * (orders, contacts, a currency).
 */
public enum MetricKind {
    NPS(false, Scale.of("NPS", -100, 100)),
    CSAT(false, Scale.of("%", 0, 100), Scale.of("score 1-5", 1, 5)),
    CES(false, Scale.of("score 1-7", 1, 7)),
    CHURN_RATE(false, Scale.of("%", 0, 100)),
    RETENTION(false, Scale.of("%", 0, 100)),
    ORDER_VOLUME(true, Scale.atLeast("orders", 0)),
    SUPPORT_CONTACTS(true, Scale.atLeast("contacts", 0)),
    REVENUE(true, Scale.atLeast("USD", 0)),
    CUSTOM(true, Scale.any(""));

    private final boolean freeUnit;
    private final List<Scale> scales;

    MetricKind(boolean freeUnit, Scale... scales) {
        this.freeUnit = freeUnit;
        this.scales = List.of(scales);
    }

    public String defaultUnit() {
        return scales.get(0).unit();
    }

    public List<Scale> scales() {
        return scales;
    }

    /** The scale that applies to values in {@code unit}, or empty when the kind is not measured in that unit. */
    public Optional<Scale> scaleFor(String unit) {
        if (freeUnit) {
            return Optional.of(new Scale(unit, scales.get(0).min(), scales.get(0).max()));
        }
        return scales.stream().filter(scale -> scale.unit().equalsIgnoreCase(unit)).findFirst();
    }
}
