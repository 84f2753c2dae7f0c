package com.cxalign.jira.initiative.panel;

import com.cxalign.jira.initiative.rest.AlignmentJson;
import com.cxalign.jira.initiative.rest.AlignmentJson.HintJson;
import com.cxalign.jira.initiative.rest.AlignmentJson.MetricJson;
import com.cxalign.jira.platform.rest.RestJson;
import com.fasterxml.jackson.core.type.TypeReference;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the issue panel's template gets: the alignment exactly as the REST API returns it, as plain maps, lists and
 * strings (no plugin classes, so Jira's Velocity method allowlist needs no entries), plus the numbers already
 * written out with their units, days in the user's words, the hints grouped by field, and the issue search for the goal's initiatives.
 */
public final class AlignmentPanelModel {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private AlignmentPanelModel() {
    }

    public static Map<String, Object> of(AlignmentJson alignment, Locale locale) {
        Map<String, Object> model = RestJson.objectMapper().convertValue(alignment, MAP);
        MetricJson metric = alignment.metric();
        String unit = metric == null ? null : metric.unit();
        Map<String, String> shown = new LinkedHashMap<>();
        put(shown, "baseline", Numbers.withUnit(alignment.baseline(), unit, locale));
        put(shown, "target", Numbers.withUnit(alignment.target(), unit, locale));
        put(shown, "actual", Numbers.withUnit(alignment.actual(), unit, locale));
        put(shown, "expectedImpact", Numbers.plain(alignment.expectedImpact(), locale));
        if (metric != null) {
            put(shown, "metricBaseline", Numbers.withUnit(metric.baseline(), unit, locale));
            put(shown, "metricLatest", Numbers.withUnit(metric.latest(), unit, locale));
            put(shown, "metricLatestOn", day(metric.latestOn(), locale));
            put(shown, "metricTarget", Numbers.withUnit(metric.target(), unit, locale));
        }
        if (alignment.loop() != null) {
            put(shown, "closedOn", day(alignment.loop().closedOn(), locale));
        }
        model.put("shown", shown);
        if (alignment.goal() != null && alignment.goal().jql() != null) {
            model.put("goalSearchPath", "/issues/?jql=" + URLEncoder.encode(alignment.goal().jql(),
                    StandardCharsets.UTF_8));
        }
        model.put("hintsByField", hintsByField(alignment.hints()));
        return model;
    }

    private static Map<String, String> hintsByField(List<HintJson> hints) {
        Map<String, String> byField = new LinkedHashMap<>();
        hints.forEach(hint -> byField.merge(hint.field(), hint.message(), (first, second) -> first + " " + second));
        return byField;
    }

    /** An ISO day ({@code 2026-10-01}) in the user's words ({@code Oct 1, 2026}). */
    private static String day(String isoDay, Locale locale) {
        return isoDay == null ? null
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(LocalDate.parse(isoDay));
    }

    private static void put(Map<String, String> shown, String key, String value) {
        if (value != null) {
            shown.put(key, value);
        }
    }
}
