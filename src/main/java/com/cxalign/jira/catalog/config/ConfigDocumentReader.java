package com.cxalign.jira.catalog.config;

import com.cxalign.jira.catalog.config.ConfigDocument.ChampionEntry;
import com.cxalign.jira.catalog.config.ConfigDocument.GoalEntry;
import com.cxalign.jira.catalog.config.ConfigDocument.HygieneEntry;
import com.cxalign.jira.catalog.config.ConfigDocument.LinkEntry;
import com.cxalign.jira.catalog.config.ConfigDocument.MetricEntry;
import com.cxalign.jira.catalog.config.ConfigDocument.MissionEntry;
import com.cxalign.jira.platform.errors.FieldError;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns a parsed JSON document into a {@link ConfigDocument}, noting every field of the wrong type and every field the
 * format does not know (so a typo such as "ownerkey" is not silently ignored). Only the shape is checked here; what
 * the values mean is {@link ConfigDocumentRules}'s job.
 */
public final class ConfigDocumentReader {

    private static final Set<String> DOCUMENT = Set.of("format", "version", "exportedAt", "archiveMissing", "mission",
            "goals", "metrics", "links", "champions", "hygiene");
    private static final Set<String> MISSION = Set.of("statement", "successStatement");
    private static final Set<String> GOAL = Set.of("name", "description", "ownerKey", "status", "displayOrder",
            "departments");
    private static final Set<String> METRIC = Set.of("name", "kind", "unit", "direction", "rangeLow", "rangeHigh",
            "baseline", "baselineDate", "target", "targetDate", "journeyStage", "ownerKey", "status");
    private static final Set<String> LINK = Set.of("goal", "metric");
    private static final Set<String> CHAMPION = Set.of("userKey", "department", "startsOn", "endsOn");
    private static final Set<String> HYGIENE = Set.of("metricCap", "staleDays");

    private ConfigDocumentReader() {
    }

    /** The document as read, and the problems met while reading it (empty when its shape is right). */
    public record Read(ConfigDocument document, List<FieldError> errors) {

        public Read {
            errors = List.copyOf(errors);
        }
    }

    public static Read read(JsonNode root) {
        List<FieldError> errors = new ArrayList<>();
        if (root == null || !root.isObject()) {
            errors.add(FieldError.of("document", "cx-align.config.document"));
            return new Read(null, errors);
        }
        ObjectFields fields = new ObjectFields(root, "", errors, DOCUMENT);
        JsonNode missionNode = fields.object("mission");
        MissionEntry mission = missionNode == null ? null : mission(new ObjectFields(missionNode, "mission", errors,
                MISSION));
        JsonNode hygieneNode = fields.object("hygiene");
        HygieneEntry hygiene = hygieneNode == null ? null : hygiene(new ObjectFields(hygieneNode, "hygiene", errors,
                HYGIENE));
        ConfigDocument document = new ConfigDocument(fields.text("format"), fields.wholeNumber("version"),
                fields.text("exportedAt"), fields.bool("archiveMissing"), mission,
                entries(fields, "goals", GOAL, errors, ConfigDocumentReader::goal),
                entries(fields, "metrics", METRIC, errors, ConfigDocumentReader::metric),
                entries(fields, "links", LINK, errors, ConfigDocumentReader::link),
                entries(fields, "champions", CHAMPION, errors, ConfigDocumentReader::champion), hygiene);
        return new Read(document, errors);
    }

    /** Null when the list is missing or not a list; an element that is not an object stays null, in its place. */
    private static <T> List<T> entries(ObjectFields document, String name, Set<String> known, List<FieldError> errors,
                                       Function<ObjectFields, T> reader) {
        List<JsonNode> nodes = document.objects(name);
        if (nodes == null) {
            return null;
        }
        List<T> entries = new ArrayList<>(nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode node = nodes.get(i);
            String path = name + "[" + i + "]";
            entries.add(node == null ? null : reader.apply(new ObjectFields(node, path, errors, known)));
        }
        return entries;
    }

    private static MissionEntry mission(ObjectFields fields) {
        return new MissionEntry(fields.text("statement"), fields.text("successStatement"));
    }

    private static GoalEntry goal(ObjectFields fields) {
        return new GoalEntry(fields.text("name"), fields.text("description"), fields.text("ownerKey"),
                fields.text("status"), fields.wholeNumber("displayOrder"), fields.texts("departments"));
    }

    private static MetricEntry metric(ObjectFields fields) {
        return new MetricEntry(fields.text("name"), fields.text("kind"), fields.text("unit"), fields.text("direction"),
                fields.decimal("rangeLow"), fields.decimal("rangeHigh"), fields.decimal("baseline"),
                fields.text("baselineDate"), fields.decimal("target"), fields.text("targetDate"),
                fields.text("journeyStage"), fields.text("ownerKey"), fields.text("status"));
    }

    private static LinkEntry link(ObjectFields fields) {
        return new LinkEntry(fields.text("goal"), fields.text("metric"));
    }

    private static ChampionEntry champion(ObjectFields fields) {
        return new ChampionEntry(fields.text("userKey"), fields.text("department"), fields.text("startsOn"),
                fields.text("endsOn"));
    }

    private static HygieneEntry hygiene(ObjectFields fields) {
        return new HygieneEntry(fields.wholeNumber("metricCap"), fields.wholeNumber("staleDays"));
    }
}
