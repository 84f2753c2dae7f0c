package com.cxalign.jira.catalog.config;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.math.BigDecimal;
import java.util.List;

/**
 * The whole catalogue configuration as one JSON document, to move between Jira instances or keep under version
 * control. Goals and metrics are identified by name, never by database id, so that the file means the same thing on
 * every instance. Keys are written in alphabetical order and lists in name order, so that two exports diff cleanly.
 *
 * <p>On import, {@code mission}, {@code hygiene} and {@code champions} may be null: they are then left as they are.
 * {@code archiveMissing} true archives the active goals and metrics the document does not name (otherwise they are
 * only reported). Readings are data, not configuration, and are not part of the document. Not part of it either: the
 * Jira projects of a goal's scope, since project ids differ between instances (an import leaves them as they are).
 * People are named by Jira user key, as everywhere in the catalogue.
 */
@JsonPropertyOrder(alphabetic = true)
public record ConfigDocument(String format, Integer version, String exportedAt, Boolean archiveMissing,
                             MissionEntry mission, List<GoalEntry> goals, List<MetricEntry> metrics,
                             List<LinkEntry> links, List<ChampionEntry> champions, HygieneEntry hygiene) {

    /** The value of {@code format} that marks a CX Align catalogue document. */
    public static final String FORMAT = "cx-align-catalog";
    /** The format version this code writes and reads. A reader of version n must reject n + 1. */
    public static final int VERSION = 1;

    @JsonPropertyOrder(alphabetic = true)
    public record MissionEntry(String statement, String successStatement) {
    }

    /** {@code departments}: the departments of the goal's scope; null on import leaves them as they are. */
    @JsonPropertyOrder(alphabetic = true)
    public record GoalEntry(String name, String description, String ownerKey, String status, Integer displayOrder,
                            List<String> departments) {
    }

    /** Decimals as JSON numbers, dates as ISO strings (yyyy-mm-dd), choices by their names. */
    @JsonPropertyOrder(alphabetic = true)
    public record MetricEntry(String name, String kind, String unit, String direction, BigDecimal rangeLow,
                              BigDecimal rangeHigh, BigDecimal baseline, String baselineDate, BigDecimal target,
                              String targetDate, String journeyStage, String ownerKey, String status) {
    }

    /** A metric serving a goal, both by name. */
    @JsonPropertyOrder(alphabetic = true)
    public record LinkEntry(String goal, String metric) {
    }

    /** A champion's term; a person, a department (ignoring case) and a start day identify it. */
    @JsonPropertyOrder(alphabetic = true)
    public record ChampionEntry(String userKey, String department, String startsOn, String endsOn) {
    }

    /** The measurement hygiene thresholds. */
    @JsonPropertyOrder(alphabetic = true)
    public record HygieneEntry(Integer metricCap, Integer staleDays) {
    }
}
