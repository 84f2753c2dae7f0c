package com.cxalign.jira.catalog.config;

import com.cxalign.jira.catalog.config.CheckedConfig.ImportedChampion;
import com.cxalign.jira.catalog.config.CheckedConfig.ImportedGoal;
import com.cxalign.jira.catalog.config.CheckedConfig.ImportedLink;
import com.cxalign.jira.catalog.config.CheckedConfig.ImportedMetric;
import com.cxalign.jira.catalog.config.ConfigDocument.ChampionEntry;
import com.cxalign.jira.catalog.config.ConfigDocument.GoalEntry;
import com.cxalign.jira.catalog.config.ConfigDocument.LinkEntry;
import com.cxalign.jira.catalog.config.ConfigDocument.MetricEntry;
import com.cxalign.jira.catalog.model.CatalogStatus;
import com.cxalign.jira.catalog.rules.ChampionDraft;
import com.cxalign.jira.catalog.rules.ChampionRules;
import com.cxalign.jira.catalog.rules.CheckedChampion;
import com.cxalign.jira.catalog.rules.CheckedMetric;
import com.cxalign.jira.catalog.rules.GoalDraft;
import com.cxalign.jira.catalog.rules.GoalRules;
import com.cxalign.jira.catalog.rules.HygieneSettingsDraft;
import com.cxalign.jira.catalog.rules.HygieneSettingsRules;
import com.cxalign.jira.catalog.rules.MetricDraft;
import com.cxalign.jira.catalog.rules.MetricRules;
import com.cxalign.jira.catalog.rules.MissionDraft;
import com.cxalign.jira.catalog.rules.MissionRules;
import com.cxalign.jira.catalog.rules.ScopeDraft;
import com.cxalign.jira.catalog.rules.ScopeRules;
import com.cxalign.jira.platform.errors.FieldError;
import com.cxalign.jira.platform.errors.ValidationException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Checks a whole document before anything is imported: the format and its version, every entry through the same
 * rules as a single edit (goals with their departments, metrics, champion terms, hygiene thresholds), unique names
 * within the file, links that name a goal and a metric of the file, and champion terms that do not overlap.
 * Every problem is reported at once, each under its path in the file ({@code goals[2].name},
 * {@code metrics[0].target}, {@code links[4].metric}). A file of another format or version is not checked further:
 * its fields may mean something else.
 */
public final class ConfigDocumentRules {

    public static final int MAX_GOALS = 1_000;
    public static final int MAX_METRICS = 1_000;
    public static final int MAX_LINKS = 10_000;
    public static final int MAX_CHAMPIONS = 1_000;

    private final Set<String> unreadable = new LinkedHashSet<>();
    private final List<FieldError> errors = new ArrayList<>();

    private ConfigDocumentRules(List<FieldError> readErrors) {
        errors.addAll(readErrors);
        readErrors.forEach(error -> unreadable.add(error.field()));
    }

    /** @throws ValidationException with every problem of the document, reading problems included */
    public static CheckedConfig check(ConfigDocumentReader.Read read) {
        ConfigDocumentRules rules = new ConfigDocumentRules(read.errors());
        ConfigDocument document = read.document();
        if (document == null || !rules.formatAndVersionAreKnown(document)) {
            rules.throwIfAny();
        }
        MissionDraft mission = rules.mission(document);
        List<ImportedGoal> goals = rules.goals(document.goals());
        List<ImportedMetric> metrics = rules.metrics(document.metrics());
        List<ImportedLink> links = rules.links(document.links(), document.goals(), document.metrics());
        List<ImportedChampion> champions = rules.champions(document.champions());
        HygieneSettingsDraft hygiene = document.hygiene() == null ? null : rules.checked("hygiene",
                () -> HygieneSettingsRules.check(new HygieneSettingsDraft(document.hygiene().metricCap(),
                        document.hygiene().staleDays())));
        rules.throwIfAny();
        return new CheckedConfig(mission, goals, metrics, links, champions, hygiene,
                Boolean.TRUE.equals(document.archiveMissing()));
    }

    /** The lower-cased name that goals and metrics are matched by, as goal names are compared everywhere. */
    public static String nameKey(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private boolean formatAndVersionAreKnown(ConfigDocument document) {
        int before = errors.size();
        if (!unreadable.contains("format") && !ConfigDocument.FORMAT.equals(document.format())) {
            error("format", "cx-align.config.format", ConfigDocument.FORMAT);
        }
        Integer version = document.version();
        if (version == null) {
            error("version", "cx-align.field.required");
        } else if (version > ConfigDocument.VERSION) {
            error("version", "cx-align.config.version.newer", version, ConfigDocument.VERSION);
        } else if (version < ConfigDocument.VERSION) {
            error("version", "cx-align.config.version.unknown", version, ConfigDocument.VERSION);
        }
        if (unreadable.contains("format") || unreadable.contains("version") || errors.size() > before) {
            // Only these problems are worth telling: the rest of a foreign file is noise.
            errors.removeIf(error -> !error.field().equals("format") && !error.field().equals("version"));
            return false;
        }
        return true;
    }

    private MissionDraft mission(ConfigDocument document) {
        if (document.mission() == null) {
            return null;
        }
        return checked("mission", () -> MissionRules.check(new MissionDraft(document.mission().statement(),
                document.mission().successStatement())));
    }

    private List<ImportedGoal> goals(List<GoalEntry> entries) {
        List<ImportedGoal> goals = new ArrayList<>();
        if (!present("goals", entries, MAX_GOALS)) {
            return goals;
        }
        Names names = new Names();
        for (int i = 0; i < entries.size(); i++) {
            GoalEntry entry = entries.get(i);
            if (entry == null) {
                continue;
            }
            String path = "goals[" + i + "]";
            GoalDraft goal = checked(path, () -> GoalRules.check(new GoalDraft(entry.name(), entry.description(),
                    entry.ownerKey(), entry.displayOrder())));
            CatalogStatus status = status(path, entry.status());
            List<String> departments = departments(path, entry.departments());
            names.claim(path, entry.name());
            if (goal != null && status != null && !hasError(path + ".departments")) {
                goals.add(new ImportedGoal(path, goal, status, departments));
            }
        }
        return goals;
    }

    private List<ImportedMetric> metrics(List<MetricEntry> entries) {
        List<ImportedMetric> metrics = new ArrayList<>();
        if (!present("metrics", entries, MAX_METRICS)) {
            return metrics;
        }
        Names names = new Names();
        for (int i = 0; i < entries.size(); i++) {
            MetricEntry entry = entries.get(i);
            if (entry == null) {
                continue;
            }
            String path = "metrics[" + i + "]";
            CheckedMetric metric = checked(path, () -> MetricRules.check(new MetricDraft(entry.name(), entry.kind(),
                    entry.unit(), entry.direction(), entry.rangeLow(), entry.rangeHigh(), entry.baseline(),
                    entry.baselineDate(), entry.target(), entry.targetDate(), entry.journeyStage(),
                    entry.ownerKey())));
            CatalogStatus status = status(path, entry.status());
            names.claim(path, entry.name());
            if (metric != null && status != null) {
                metrics.add(new ImportedMetric(path, metric, status));
            }
        }
        return metrics;
    }

    /** A goal's departments, through the rules of a goal's scope; null (leave them as they are) stays null. */
    private List<String> departments(String path, List<String> departments) {
        if (departments == null) {
            return null;
        }
        ScopeDraft scope = checked(path, () -> ScopeRules.check(new ScopeDraft(List.of(), departments)));
        return scope == null ? null : scope.departments();
    }

    /**
     * Champion terms, each through the rules of a single term. A person, a department (ignoring case) and a start day
     * identify a term, so they may appear once; and, as in the roster, one person's terms for one department may not
     * overlap. Overlaps with terms only this Jira has are found on import.
     */
    private List<ImportedChampion> champions(List<ChampionEntry> entries) {
        if (entries == null) {
            return null;
        }
        List<ImportedChampion> champions = new ArrayList<>();
        if (!present("champions", entries, MAX_CHAMPIONS)) {
            return champions;
        }
        for (int i = 0; i < entries.size(); i++) {
            ChampionEntry entry = entries.get(i);
            if (entry == null) {
                continue;
            }
            String path = "champions[" + i + "]";
            CheckedChampion champion = checked(path, () -> ChampionRules.check(new ChampionDraft(entry.userKey(),
                    entry.department(), entry.startsOn(), entry.endsOn())));
            if (champion == null) {
                continue;
            }
            ImportedChampion term = new ImportedChampion(path, champion);
            ImportedChampion clash = champions.stream().filter(other -> ChampionTerms.clash(term.champion(),
                    other.champion())).findFirst().orElse(null);
            if (clash == null) {
                champions.add(term);
            } else if (ChampionTerms.sameTerm(term.champion(), clash.champion())) {
                error(path + ".startsOn", "cx-align.config.champion.repeated", clash.path());
            } else {
                error(ChampionTerms.overlap(path + ".startsOn", clash.champion()));
            }
        }
        return champions;
    }

    /** Links name goals and metrics of the file (spelled in any case); a link listed twice is one link. */
    private List<ImportedLink> links(List<LinkEntry> entries, List<GoalEntry> goalEntries,
                                     List<MetricEntry> metricEntries) {
        List<ImportedLink> links = new ArrayList<>();
        if (!present("links", entries, MAX_LINKS)) {
            return links;
        }
        Map<String, String> goals = spellings(goalEntries == null ? List.of()
                : goalEntries.stream().map(goal -> goal == null ? null : goal.name()).toList());
        Map<String, String> metrics = spellings(metricEntries == null ? List.of()
                : metricEntries.stream().map(metric -> metric == null ? null : metric.name()).toList());
        Set<ImportedLink> seen = new LinkedHashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            LinkEntry entry = entries.get(i);
            if (entry == null) {
                continue;
            }
            String path = "links[" + i + "]";
            String goal = reference(path + ".goal", entry.goal(), goals, "cx-align.config.link.goal.unknown");
            String metric = reference(path + ".metric", entry.metric(), metrics, "cx-align.config.link.metric.unknown");
            if (goal != null && metric != null && seen.add(new ImportedLink(goal, metric))) {
                links.add(new ImportedLink(goal, metric));
            }
        }
        return links;
    }

    private String reference(String field, String name, Map<String, String> spellings, String unknownKey) {
        if (unreadable.contains(field)) {
            return null;
        }
        if (name == null || name.isBlank()) {
            error(field, "cx-align.field.required");
            return null;
        }
        String spelling = spellings.get(nameKey(name));
        if (spelling == null) {
            error(field, unknownKey, name.strip());
        }
        return spelling;
    }

    /** Name key → the name as its entry spells it (stripped); the first entry wins, later ones are reported. */
    private static Map<String, String> spellings(List<String> names) {
        Map<String, String> spellings = new HashMap<>();
        for (String name : names) {
            if (name != null && !name.isBlank()) {
                spellings.putIfAbsent(nameKey(name), name.strip());
            }
        }
        return spellings;
    }

    private boolean present(String field, List<?> entries, int max) {
        if (unreadable.contains(field)) {
            return false;
        }
        if (entries == null) {
            error(field, "cx-align.field.required");
            return false;
        }
        if (entries.size() > max) {
            error(field, "cx-align.config.too-many", max);
            return false;
        }
        return true;
    }

    private CatalogStatus status(String path, String value) {
        String field = path + ".status";
        if (unreadable.contains(field)) {
            return null;
        }
        if (value == null || value.isBlank()) {
            error(field, "cx-align.field.required");
            return null;
        }
        try {
            return CatalogStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            error(field, "cx-align.field.choice", "ACTIVE, ARCHIVED");
            return null;
        }
    }

    /** Runs one of the catalogue's rules on an entry; its field errors are moved under the entry's path. */
    private <T> T checked(String path, Supplier<T> rule) {
        try {
            return rule.get();
        } catch (ValidationException e) {
            for (FieldError error : e.getFieldErrors()) {
                error(new FieldError(path + "." + error.field(), error.messageKey(), error.arguments()));
            }
            return null;
        }
    }

    private boolean hasError(String fieldPrefix) {
        return errors.stream().anyMatch(error -> error.field().startsWith(fieldPrefix));
    }

    private void error(String field, String messageKey, Object... arguments) {
        error(FieldError.of(field, messageKey, arguments));
    }

    /** A field that could not be read already has its error; what a rule then says about it would only repeat it. */
    private void error(FieldError error) {
        if (!unreadable.contains(error.field())) {
            errors.add(error);
        }
    }

    private void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** Names used so far in one list of the file; a name used again is reported on the later entry. */
    private final class Names {

        private final Map<String, String> firstUse = new HashMap<>();

        void claim(String path, String name) {
            if (name == null || name.isBlank()) {
                return;
            }
            String first = firstUse.putIfAbsent(nameKey(name), path);
            if (first != null) {
                error(path + ".name", "cx-align.config.name.repeated", first, name.strip());
            }
        }
    }
}
