package com.cxalign.jira.initiative;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ModelVersion;
import com.cxalign.jira.catalog.Catalog;
import com.cxalign.jira.initiative.alignment.AlignmentCatalog;
import com.cxalign.jira.initiative.alignment.AlignmentService;
import com.cxalign.jira.initiative.alignment.MetricChoices;
import com.cxalign.jira.initiative.model.CxField;
import com.cxalign.jira.initiative.model.CxIssueType;
import com.cxalign.jira.initiative.setup.CxSchemaSetup;
import com.cxalign.jira.initiative.setup.FieldOptionSync;
import com.cxalign.jira.initiative.setup.ProjectSetup;
import com.cxalign.jira.initiative.setup.SetupStatus;
import com.cxalign.jira.initiative.store.InitiativeUpgradeTask2;
import com.cxalign.jira.initiative.store.JiraIds;
import com.cxalign.jira.testing.jira.FakeJira;
import com.cxalign.jira.testing.jira.LocalClusterLocks;
import com.cxalign.jira.testing.jira.LocalIdCache;

import java.time.ZoneId;
import java.util.Map;

import org.junit.rules.ExternalResource;
import org.junit.rules.RuleChain;
import org.junit.rules.TestRule;
import org.junit.runner.Description;
import org.junit.runners.model.Statement;

/**
 * The initiative feature wired as in Jira, over a {@link Catalog} (real Active Objects on the test database, with
 * the model version 2 upgrade applied) and a {@link FakeJira} in place of Jira's managers. Use as a {@code @Rule};
 * {@link #setUpJira()} runs the plugin's setup as its start does.
 */
public final class Initiatives implements TestRule {

    /** Jira's time zone in these tests: not UTC, so that date conversions are exercised. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    public final Catalog catalog = new Catalog();
    public final FakeJira jira = new FakeJira();
    public final LocalClusterLocks locks = new LocalClusterLocks();
    /** The id cache of the plugin's "node"; another JiraIds over it is another node of the same cluster. */
    public final LocalIdCache idCache = new LocalIdCache();
    public JiraIds ids;
    public CatalogOptions options;
    public FieldOptionSync optionSync;
    public CxSchemaSetup setup;
    public ProjectSetup projectSetup;
    public SetupStatus status;
    public AlignmentCatalog alignmentCatalog;
    public AlignmentService alignments;
    public MetricChoices metricChoices;

    @Override
    public Statement apply(Statement base, Description description) {
        return RuleChain.outerRule(catalog).around(new ExternalResource() {
            @Override
            protected void before() {
                ActiveObjects ao = catalog.ao().activeObjects();
                new InitiativeUpgradeTask2().upgrade(ModelVersion.valueOf("1"), ao);
                ids = new JiraIds(ao, idCache);
                jira.readingIdsFrom(ids);
                options = new CatalogOptions(ids);
                optionSync = new FieldOptionSync(jira, ids, options, locks, catalog.goals, catalog.metrics);
                setup = new CxSchemaSetup(jira, ids, locks, optionSync);
                projectSetup = new ProjectSetup(jira, setup, ids, locks);
                status = new SetupStatus(jira, ids);
                alignmentCatalog = new AlignmentCatalog(catalog.goals, catalog.metrics, catalog.links);
                alignments = new AlignmentService(jira, ids, options, catalog.missions, alignmentCatalog,
                        catalog.readings, ZONE);
                metricChoices = new MetricChoices(ids, options, catalog.goals, catalog.links);
            }
        }).apply(base, description);
    }

    /** Runs the plugin's setup and starts following catalogue changes, as the plugin does when Jira starts it. */
    public void setUpJira() {
        setup.ensure();
        catalog.changes.subscribe(optionSync::onCatalogChange);
    }

    public String issueTypeId(CxIssueType type) {
        return ids.get(type.role()).orElseThrow();
    }

    public long fieldId(CxField field) {
        return Long.parseLong(ids.get(field.role()).orElseThrow());
    }

    public long linkTypeId() {
        return Long.parseLong(ids.get(CxSchemaSetup.LINK_ROLE).orElseThrow());
    }

    /** The option that stands for a goal or metric. */
    public long optionOf(CxField field, int catalogId) {
        return options.optionOf(field.catalogSubject(), catalogId).orElseThrow();
    }

    /** The id of a fixed option (journey stage, channel, sentiment) by its label. */
    public long fixedOption(CxField field, String label) {
        return jira.options(fieldId(field)).stream().filter(option -> option.value().equals(label)).findFirst()
                .orElseThrow().id();
    }

    /** Values by CX field, turned into what Jira holds by Jira field id. */
    public Map<Long, Object> values(Map<CxField, Object> byField) {
        Map<Long, Object> values = new java.util.HashMap<>();
        byField.forEach((field, value) -> values.put(fieldId(field), value));
        return values;
    }
}
