package com.cxalign.jira.testing.jira;

import com.cxalign.jira.initiative.CxIssue;
import com.cxalign.jira.initiative.CxIssues;
import com.cxalign.jira.initiative.model.CxField;
import com.cxalign.jira.initiative.model.CxIssueType;
import com.cxalign.jira.initiative.model.FieldKind;
import com.cxalign.jira.initiative.setup.CxSchemaSetup;
import com.cxalign.jira.initiative.setup.JiraSchema;
import com.cxalign.jira.initiative.setup.ProjectSchemes;
import com.cxalign.jira.initiative.store.JiraIds;
import com.cxalign.jira.initiative.values.SelectedOption;
import com.cxalign.jira.platform.security.Actor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small Jira in memory, for the plugin's ports ({@link JiraSchema}, {@link ProjectSchemes}, {@link CxIssues}):
 * issue types, link types, custom fields with options, projects with an issue type scheme and screens, issues with
 * values, links and who may browse which project. It behaves like Jira where the plugin depends on it (ids are
 * never reused, options keep their order, nothing is deleted unless a test deletes it, as an admin would) and
 * counts what was created, so that tests can tell a second setup run from the first. Thread-safe.
 */
public final class FakeJira implements JiraSchema, ProjectSchemes, CxIssues {

    private final AtomicLong nextId = new AtomicLong(10000);
    private final Map<String, String> issueTypes = new LinkedHashMap<>();
    private final Map<Long, String> linkTypes = new LinkedHashMap<>();
    private final Map<Long, Field> fields = new LinkedHashMap<>();
    private final Map<Long, Option> options = new LinkedHashMap<>();
    private final Map<String, Project> projects = new LinkedHashMap<>();
    private final Map<Long, Screen> screens = new LinkedHashMap<>();
    private final Map<Long, Issue> issues = new LinkedHashMap<>();
    private final List<long[]> links = new ArrayList<>();
    private final Map<String, Set<Long>> browsable = new HashMap<>();
    private final Map<String, Integer> created = new HashMap<>();
    /** Runs after every lookup of an issue type by name: lets a test hold a thread between "not there" and "create". */
    private volatile Runnable afterLookupByName = () -> { };
    private JiraIds ids;

    /** Where the plugin stored its ids: needed for {@link CxIssues} (issue types, fields and the link type by role). */
    public FakeJira readingIdsFrom(JiraIds jiraIds) {
        this.ids = jiraIds;
        return this;
    }

    public void afterLookupByName(Runnable hook) {
        this.afterLookupByName = hook;
    }

    // ---- what tests arrange and inspect

    /** How many objects of this kind the plugin created: {@code issueType}, {@code linkType}, {@code field}, {@code option}. */
    public synchronized int createdCount(String kind) {
        return created.getOrDefault(kind, 0);
    }

    public synchronized String addIssueTypeByHand(String name) {
        String id = String.valueOf(nextId.incrementAndGet());
        issueTypes.put(id, name);
        return id;
    }

    public synchronized void deleteIssueTypeByHand(String id) {
        issueTypes.remove(id);
    }

    public synchronized long addFieldByHand(String name, FieldKind kind) {
        return addFieldByHand(name, kind, null);
    }

    /** A field an admin (or an earlier install of the plugin, with its description) made. */
    public synchronized long addFieldByHand(String name, FieldKind kind, String description) {
        long id = nextId.incrementAndGet();
        fields.put(id, new Field(name, kind, List.of(), description));
        return id;
    }

    public synchronized void deleteFieldByHand(long id) {
        fields.remove(id);
    }

    public synchronized List<String> issueTypeNames() {
        return new ArrayList<>(issueTypes.values());
    }

    public synchronized List<String> fieldNames() {
        return fields.values().stream().map(Field::name).toList();
    }

    public synchronized List<String> linkTypeNames() {
        return new ArrayList<>(linkTypes.values());
    }

    public synchronized List<String> fieldContext(long fieldId) {
        return fields.get(fieldId).issueTypeIds();
    }

    public synchronized FieldKind fieldKind(long fieldId) {
        return fields.get(fieldId).kind();
    }

    public synchronized String fieldName(long fieldId) {
        return fields.get(fieldId).name();
    }

    /** A project with its own issue type scheme (holding {@code issueTypeIds}) and, per issue type, these screens. */
    public synchronized void addProject(long id, String key, String name, String scheme, boolean defaultScheme,
                                        List<String> issueTypeIds, List<String> screenNames) {
        List<Long> screenIds = new ArrayList<>();
        for (String screenName : screenNames) {
            Screen existing = screens.values().stream().filter(s -> s.name.equals(screenName)).findFirst()
                    .orElse(null);
            long screenId = existing != null ? existing.id : nextId.incrementAndGet();
            if (existing == null) {
                screens.put(screenId, new Screen(screenId, screenName, new LinkedHashSet<>()));
            }
            screenIds.add(screenId);
        }
        projects.put(key, new Project(new ProjectRef(id, key, name), scheme, defaultScheme,
                new ArrayList<>(issueTypeIds), screenIds));
    }

    public synchronized List<String> projectIssueTypeIds(String key) {
        return List.copyOf(projects.get(key).issueTypeIds);
    }

    public synchronized Set<Long> screenFields(String screenName) {
        return screens.values().stream().filter(s -> s.name.equals(screenName)).findFirst()
                .map(s -> Set.copyOf(s.fieldIds)).orElseThrow();
    }

    /** When issues are created unless a test says otherwise. */
    public static final Instant CREATED = Instant.parse("2026-02-02T10:00:00Z");

    /** An issue of a project; {@code values} by Jira field id, as Jira holds them (select values as option ids). */
    public synchronized long addIssue(String key, String summary, long projectId, String issueTypeId,
                                      Map<Long, Object> values) {
        return addIssue(key, summary, projectId, issueTypeId, values, CREATED);
    }

    public synchronized long addIssue(String key, String summary, long projectId, String issueTypeId,
                                      Map<Long, Object> values, Instant created) {
        long id = nextId.incrementAndGet();
        issues.put(id, new Issue(id, key, summary, projectId, issueTypeId, new HashMap<>(values), created));
        return id;
    }

    /** The projects that have issues, in id order. */
    public synchronized List<Long> projectIdsWithIssues() {
        return issues.values().stream().map(Issue::projectId).distinct().sorted().toList();
    }

    /** A project's issue ids, oldest first. */
    public synchronized List<Long> issueIdsOf(long projectId) {
        return issues.values().stream().filter(issue -> issue.projectId == projectId).map(Issue::id).toList();
    }

    /** Deletes an issue, as a user in Jira would (its links go with it). */
    public synchronized void deleteIssueByHand(long issueId) {
        issues.remove(issueId);
        links.removeIf(link -> link[0] == issueId || link[1] == issueId);
    }

    /** Changes one of an issue's values by Jira field id, as an edit in Jira would (null empties the field). */
    public synchronized void setValue(long issueId, long fieldId, Object value) {
        if (value == null) {
            issues.get(issueId).values.remove(fieldId);
        } else {
            issues.get(issueId).values.put(fieldId, value);
        }
    }

    public synchronized void link(long sourceId, long destinationId, long linkTypeId) {
        links.add(new long[] {sourceId, destinationId, linkTypeId});
    }

    public synchronized void allowBrowsing(String userKey, long projectId) {
        browsable.computeIfAbsent(userKey, key -> new HashSet<>()).add(projectId);
    }

    public synchronized String optionValue(long optionId) {
        return options.get(optionId).value;
    }

    public synchronized boolean optionDisabled(long optionId) {
        return options.get(optionId).disabled;
    }

    public synchronized void renameOptionByHand(long optionId, String value) {
        options.get(optionId).value = value;
    }

    // ---- JiraSchema

    @Override
    public synchronized boolean issueTypeExists(String issueTypeId) {
        return issueTypes.containsKey(issueTypeId);
    }

    @Override
    public Optional<String> issueTypeNamed(String name) {
        Optional<String> found;
        synchronized (this) {
            found = issueTypes.entrySet().stream().filter(e -> e.getValue().equalsIgnoreCase(name))
                    .map(Map.Entry::getKey).findFirst();
        }
        afterLookupByName.run();
        return found;
    }

    @Override
    public synchronized String createIssueType(CxIssueType type) {
        count("issueType");
        String id = String.valueOf(nextId.incrementAndGet());
        issueTypes.put(id, type.defaultName());
        return id;
    }

    @Override
    public synchronized boolean linkTypeExists(long linkTypeId) {
        return linkTypes.containsKey(linkTypeId);
    }

    @Override
    public synchronized Optional<Long> linkTypeNamed(String name) {
        return linkTypes.entrySet().stream().filter(e -> e.getValue().equals(name)).map(Map.Entry::getKey)
                .findFirst();
    }

    @Override
    public synchronized long createLinkType(String name, String outward, String inward) {
        count("linkType");
        long id = nextId.incrementAndGet();
        linkTypes.put(id, name);
        return id;
    }

    @Override
    public synchronized boolean fieldExists(long fieldId) {
        return fields.containsKey(fieldId);
    }

    @Override
    public synchronized Optional<Long> earlierField(CxField field) {
        return fields.entrySet().stream()
                .filter(e -> e.getValue().name().equals(field.defaultName()) && e.getValue().kind() == field.kind()
                        && field.description().equals(e.getValue().description()))
                .map(Map.Entry::getKey).findFirst();
    }

    @Override
    public synchronized long createField(CxField field, List<String> issueTypeIds) {
        count("field");
        long id = nextId.incrementAndGet();
        fields.put(id, new Field(field.defaultName(), field.kind(), List.copyOf(issueTypeIds), field.description()));
        return id;
    }

    @Override
    public synchronized List<FieldOption> options(long fieldId) {
        return options.entrySet().stream().filter(e -> e.getValue().fieldId == fieldId)
                .map(e -> new FieldOption(e.getKey(), e.getValue().value, e.getValue().disabled)).toList();
    }

    @Override
    public synchronized long addOption(long fieldId, String value) {
        if (!fields.containsKey(fieldId)) {
            throw new IllegalStateException("no field " + fieldId);
        }
        count("option");
        long id = nextId.incrementAndGet();
        options.put(id, new Option(fieldId, value));
        return id;
    }

    @Override
    public synchronized void renameOption(long optionId, String value) {
        options.get(optionId).value = value;
    }

    @Override
    public synchronized void setOptionDisabled(long optionId, boolean disabled) {
        options.get(optionId).disabled = disabled;
    }

    // ---- ProjectSchemes

    @Override
    public synchronized List<ProjectRef> projects() {
        return projects.values().stream().map(Project::ref).toList();
    }

    @Override
    public synchronized Optional<ProjectRef> project(String projectKey) {
        return Optional.ofNullable(projects.get(projectKey)).map(Project::ref);
    }

    @Override
    public synchronized IssueTypeSchemeRef issueTypeScheme(String projectKey) {
        Project project = projects.get(projectKey);
        return new IssueTypeSchemeRef(project.scheme, project.defaultScheme, List.copyOf(project.issueTypeIds));
    }

    @Override
    public synchronized void addIssueTypes(String projectKey, List<String> issueTypeIds) {
        List<String> scheme = projects.get(projectKey).issueTypeIds;
        issueTypeIds.stream().filter(id -> !scheme.contains(id)).forEach(scheme::add);
    }

    @Override
    public synchronized List<ScreenRef> screens(String projectKey, String issueTypeId) {
        return projects.get(projectKey).screenIds.stream().map(screens::get)
                .map(screen -> new ScreenRef(screen.id, screen.name)).toList();
    }

    @Override
    public synchronized boolean screenHasField(long screenId, long customFieldId) {
        return screens.get(screenId).fieldIds.contains(customFieldId);
    }

    @Override
    public synchronized void addFieldToScreen(long screenId, long customFieldId) {
        screens.get(screenId).fieldIds.add(customFieldId);
    }

    // ---- CxIssues

    @Override
    public synchronized Optional<CxIssue> find(String issueKey) {
        return issues.values().stream().filter(issue -> issue.key.equals(issueKey)).findFirst().map(this::toCx);
    }

    @Override
    public synchronized Optional<CxIssue> find(long issueId) {
        return Optional.ofNullable(issues.get(issueId)).map(this::toCx);
    }

    @Override
    public synchronized boolean canBrowse(Actor actor, long issueId) {
        Issue issue = issues.get(issueId);
        return issue != null && !actor.isAnonymous()
                && browsable.getOrDefault(actor.userKey(), Set.of()).contains(issue.projectId);
    }

    @Override
    public synchronized List<Long> addressedFeedback(long initiativeId) {
        long linkType = linkTypeId();
        return links.stream().filter(l -> l[0] == initiativeId && l[2] == linkType).map(l -> l[1]).toList();
    }

    @Override
    public synchronized List<Long> addressingInitiatives(long feedbackId) {
        long linkType = linkTypeId();
        return links.stream().filter(l -> l[1] == feedbackId && l[2] == linkType).map(l -> l[0]).toList();
    }

    private long linkTypeId() {
        return ids.get(CxSchemaSetup.LINK_ROLE).map(Long::valueOf).orElse(-1L);
    }

    private CxIssue toCx(Issue issue) {
        CxIssueType type = null;
        for (CxIssueType candidate : CxIssueType.values()) {
            if (ids.get(candidate.role()).filter(issue.issueTypeId::equals).isPresent()) {
                type = candidate;
            }
        }
        Map<CxField, Object> raw = new EnumMap<>(CxField.class);
        if (type != null) {
            for (CxField field : CxField.of(type)) {
                Optional<Long> fieldId = ids.get(field.role()).map(Long::valueOf);
                Object value = fieldId.map(issue.values::get).orElse(null);
                if (value instanceof Long optionId && options.containsKey(optionId)
                        && fields.get(fieldId.get()).kind() == FieldKind.SELECT) {
                    value = new SelectedOption(optionId, options.get(optionId).value);
                }
                if (value != null) {
                    raw.put(field, value);
                }
            }
        }
        return new CxIssue(issue.id, issue.key, issue.summary, issue.projectId, issue.created, type, raw);
    }

    private void count(String kind) {
        created.merge(kind, 1, Integer::sum);
    }

    private record Field(String name, FieldKind kind, List<String> issueTypeIds, String description) {
    }

    private static final class Option {
        final long fieldId;
        String value;
        boolean disabled;

        Option(long fieldId, String value) {
            this.fieldId = fieldId;
            this.value = value;
        }
    }

    private record Project(ProjectRef ref, String scheme, boolean defaultScheme, List<String> issueTypeIds,
                           List<Long> screenIds) {
    }

    private record Screen(long id, String name, Set<Long> fieldIds) {
    }

    private record Issue(long id, String key, String summary, long projectId, String issueTypeId,
                         Map<Long, Object> values, Instant created) {
    }
}
