package com.cxalign.jira.catalog.config;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import com.cxalign.jira.catalog.config.CheckedConfig.ImportedLink;
import com.cxalign.jira.catalog.model.CatalogStatus;
import com.cxalign.jira.platform.errors.FieldError;
import com.cxalign.jira.platform.errors.ValidationException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.Test;

/** Reading and checking a document on its own, before any database is involved. */
public class ConfigDocumentRulesTest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private static final String GOAL = "{\"name\": \"Reduce churn\", \"status\": \"ACTIVE\"}";
    private static final String METRIC = "{\"name\": \"Onboarding NPS\", \"kind\": \"NPS\","
            + " \"direction\": \"HIGHER_IS_BETTER\", \"baseline\": 20, \"baselineDate\": \"2026-01-01\","
            + " \"target\": 35.5, \"targetDate\": \"2026-12-31\", \"status\": \"ACTIVE\"}";

    @Test
    public void aMinimalDocumentPassesWithTheCataloguesOwnCleaning() {
        CheckedConfig config = check(document(" [{\"name\": \"  Reduce churn \", \"status\": \"archived\","
                + " \"description\": \"  \"}]", "[" + METRIC + "]", "[{\"goal\": \"REDUCE CHURN\","
                + " \"metric\": \"onboarding nps\"}]"));

        assertEquals("Reduce churn", config.goals().get(0).goal().name());
        assertNull(config.goals().get(0).goal().description());
        assertEquals(CatalogStatus.ARCHIVED, config.goals().get(0).status());
        assertEquals("NPS", config.metrics().get(0).metric().unit());
        assertEquals(new BigDecimal("35.5"), config.metrics().get(0).metric().target());
        assertEquals(List.of(new ImportedLink("Reduce churn", "Onboarding NPS")), config.links());
        assertNull(config.mission());
        assertEquals(false, config.archiveMissing());
    }

    @Test
    public void aLinkListedTwiceIsOneLink() {
        String link = "{\"goal\": \"Reduce churn\", \"metric\": \"Onboarding NPS\"}";

        assertEquals(1, check(document("[" + GOAL + "]", "[" + METRIC + "]", "[" + link + ", " + link + "]"))
                .links().size());
    }

    @Test
    public void goalsMetricsAndLinksMustBeThereEvenIfEmptySoThatAMissingListIsNeverReadAsDeleteAll() {
        assertEquals(Map.of("goals", "cx-align.field.required", "metrics", "cx-align.field.required",
                        "links", "cx-align.field.required"),
                errors("{\"format\": \"cx-align-catalog\", \"version\": 1}"));
    }

    @Test
    public void aValueOfTheWrongTypeIsReportedOnceNotAgainByTheRules() {
        Map<String, String> errors = errors(document("[" + GOAL + "]",
                "[" + METRIC.replace("\"baseline\": 20", "\"baseline\": \"20\"") + "]", "[]"));

        assertEquals(Map.of("metrics[0].baseline", "cx-align.config.type.number"), errors);
    }

    @Test
    public void everyKindOfWrongTypeHasItsOwnMessage() {
        Map<String, String> errors = errors("{\"format\": \"cx-align-catalog\", \"version\": 1,"
                + " \"archiveMissing\": \"yes\", \"mission\": [], \"goals\": {}, \"metrics\": [42],"
                + " \"links\": [{\"goal\": 7, \"metric\": null}]}");

        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("archiveMissing", "cx-align.config.type.boolean");
        expected.put("mission", "cx-align.config.type.object");
        expected.put("goals", "cx-align.config.type.list");
        expected.put("metrics[0]", "cx-align.config.type.object");
        expected.put("links[0].goal", "cx-align.config.type.text");
        expected.put("links[0].metric", "cx-align.field.required");
        assertEquals(expected, errors);
    }

    @Test
    public void aFieldTheFormatDoesNotHaveIsReportedSoThatATypoIsNotSilentlyIgnored() {
        assertEquals(Map.of("goals[0].Status", "cx-align.config.unknown-field", "goals[0].status",
                "cx-align.field.required", "comment", "cx-align.config.unknown-field"), errors(
                document("[{\"name\": \"Reduce churn\", \"Status\": \"ACTIVE\"}]", "[]", "[]")
                        .replace("{\"format\"", "{\"comment\": \"hi\", \"format\"")));
    }

    @Test
    public void aWholeNumberThatIsNotWholeOrTooLargeIsAWrongType() {
        assertEquals(Map.of("goals[0].displayOrder", "cx-align.config.type.whole-number"),
                errors(document("[" + GOAL.replace("}", ", \"displayOrder\": 2.5}") + "]", "[]", "[]")));
        assertEquals(Map.of("goals[0].displayOrder", "cx-align.config.type.whole-number"),
                errors(document("[" + GOAL.replace("}", ", \"displayOrder\": 99999999999}") + "]", "[]", "[]")));
        assertEquals(Map.of("goals[0].displayOrder", "cx-align.field.between"),
                errors(document("[" + GOAL.replace("}", ", \"displayOrder\": -1}") + "]", "[]", "[]")));
    }

    @Test
    public void anOlderOrMissingVersionIsRefused() {
        assertEquals(Map.of("version", "cx-align.config.version.unknown"),
                errors(document("[]", "[]", "[]").replace("\"version\": 1", "\"version\": 0")));
        assertEquals(Map.of("version", "cx-align.field.required"),
                errors(document("[]", "[]", "[]").replace("\"version\": 1,", "")));
        assertEquals(Map.of("version", "cx-align.config.type.whole-number"),
                errors(document("[]", "[]", "[]").replace("\"version\": 1", "\"version\": \"1\"")));
    }

    @Test
    public void aListLongerThanTheLimitIsRefusedWithoutCheckingItsEntries() {
        String goals = "[" + String.join(", ", Collections.nCopies(ConfigDocumentRules.MAX_GOALS + 1,
                "{\"name\": \"\"}")) + "]";

        assertEquals(Map.of("goals", "cx-align.config.too-many"), errors(document(goals, "[]", "[]")));
    }

    @Test
    public void namesAreComparedIgnoringCaseAndSurroundingSpaces() {
        assertEquals(Map.of("metrics[1].name", "cx-align.config.name.repeated"),
                errors(document("[]", "[" + METRIC + ", " + METRIC.replace("Onboarding NPS", " ONBOARDING nps")
                        + "]", "[]")));
    }

    @Test
    public void departmentsChampionTermsAndThresholdsGoThroughTheirOwnRulesUnderTheirPaths() {
        String json = document("[" + GOAL.replace("}", ", \"departments\": [\"Sales\", \"sales\", 7]}") + "]",
                "[]", "[]").replaceFirst("}$", ", \"hygiene\": {\"metricCap\": 0, \"staleDays\": 90},"
                        + " \"champions\": [{\"userKey\": \"jane\", \"department\": \"Support\","
                        + " \"startsOn\": \"2026-05-01\", \"endsOn\": \"2026-04-01\"}]}");

        assertEquals(Map.of("goals[0].departments[2]", "cx-align.config.type.text",
                "goals[0].departments[1]", "cx-align.scope.duplicate",
                "champions[0].endsOn", "cx-align.champion.dates.order",
                "hygiene.metricCap", "cx-align.field.between"), errors(json));
    }

    @Test
    public void twoTermsOfOnePersonInOneDepartmentMayNotOverlapNorRepeat() {
        String json = document("[]", "[]", "[]").replaceFirst("}$", ", \"champions\": ["
                + "{\"userKey\": \"jane\", \"department\": \"Support\", \"startsOn\": \"2026-01-01\"},"
                + "{\"userKey\": \"jane\", \"department\": \"SUPPORT\", \"startsOn\": \"2025-01-01\","
                + " \"endsOn\": \"2026-01-01\"},"
                + "{\"userKey\": \"jane\", \"department\": \"support\", \"startsOn\": \"2026-01-01\"},"
                + "{\"userKey\": \"jane\", \"department\": \"Sales\", \"startsOn\": \"2026-01-01\"},"
                + "{\"userKey\": \"tom\", \"department\": \"Support\", \"startsOn\": \"2026-01-01\"}]}");

        assertEquals(Map.of("champions[1].startsOn", "cx-align.champion.overlap.open",
                "champions[2].startsOn", "cx-align.config.champion.repeated"), errors(json));
    }

    @Test
    public void sectionsLeftOutAreLeftAlone() {
        CheckedConfig config = check(document("[" + GOAL + "]", "[]", "[]"));

        assertNull(config.goals().get(0).departments());
        assertNull(config.champions());
        assertNull(config.hygiene());
    }

    private static String document(String goals, String metrics, String links) {
        return "{\"format\": \"cx-align-catalog\", \"version\": 1, \"goals\": " + goals + ", \"metrics\": " + metrics
                + ", \"links\": " + links + "}";
    }

    private static CheckedConfig check(String json) {
        return ConfigDocumentRules.check(ConfigDocumentReader.read(tree(json)));
    }

    private static Map<String, String> errors(String json) {
        ValidationException error = assertThrows(ValidationException.class, () -> check(json));
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError fieldError : error.getFieldErrors()) {
            errors.merge(fieldError.field(), fieldError.messageKey(), (a, b) -> a + " " + b);
        }
        return errors;
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException(json, e);
        }
    }
}
