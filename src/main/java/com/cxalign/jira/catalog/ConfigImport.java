package com.cxalign.jira.catalog;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.cxalign.jira.catalog.config.CheckedConfig;
import com.cxalign.jira.catalog.config.ConfigDocumentReader;
import com.cxalign.jira.catalog.config.ConfigDocumentRules;
import com.cxalign.jira.catalog.config.ImportSummary;
import com.cxalign.jira.catalog.config.ImportSummary.Change;
import com.cxalign.jira.catalog.config.ImportSummary.ChampionChanges;
import com.cxalign.jira.catalog.config.ImportSummary.ItemChanges;
import com.cxalign.jira.catalog.config.ImportSummary.LinkChanges;
import com.cxalign.jira.catalog.model.Mission;
import com.cxalign.jira.catalog.rules.MissionDraft;
import com.cxalign.jira.catalog.store.MissionEntity;
import com.cxalign.jira.catalog.store.StoredValues;
import com.cxalign.jira.platform.errors.FieldError;
import com.cxalign.jira.platform.errors.ValidationException;
import com.cxalign.jira.platform.security.Access;
import com.cxalign.jira.platform.security.Actor;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import net.java.ao.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports a catalogue configuration document (see {@link com.cxalign.jira.catalog.config.ConfigDocument}), for admins.
 *
 * <ul>
 * <li>Checked as a whole first: every problem of the file is reported at once and nothing is changed.</li>
 * <li>Applied all or nothing, in one transaction. The services' own methods each open a transaction, so the import
 * writes the rows itself, with the same rules, versions and audit entries as an edit.</li>
 * <li>Idempotent: goals and metrics are matched by name; an item that already matches the document is left alone
 * (same version, no audit entry), so importing the same document twice changes nothing the second time.</li>
 * <li>Nothing is deleted. What the document lacks is reported, or archived when the document says
 * {@code "archiveMissing": true}.</li>
 * </ul>
 */
public class ConfigImport {

    private static final Logger LOG = LoggerFactory.getLogger(ConfigImport.class);

    private final ActiveObjects ao;
    private final AuditLog audit;
    private final Clock clock;
    private final HygieneSettings hygiene;
    private final CatalogChanges changes;

    public ConfigImport(ActiveObjects ao, AuditLog audit, Clock clock, HygieneSettings hygiene,
                        CatalogChanges changes) {
        this.changes = changes;
        this.ao = ao;
        this.audit = audit;
        this.clock = clock;
        this.hygiene = hygiene;
    }

    /** @throws ValidationException listing every problem of the document, each under its path in the file */
    public ImportSummary importDocument(Actor actor, JsonNode document) {
        Access.requireAdmin(actor);
        CheckedConfig config = ConfigDocumentRules.check(ConfigDocumentReader.read(document));
        ImportSummary summary = Transactions.write(ao, () -> apply(new ImportRun(ao, audit, clock, actor), config));
        // A bulk change by an administrator: worth a line in Jira's log besides the audit entries.
        LOG.info("User {} imported the CX Align catalogue configuration: {} changes", actor.userKey(),
                summary.changes());
        if (summary.changes() > 0) {
            changes.published(CatalogChanges.ANY_SUBJECT, 0);
        }
        return summary;
    }

    /**
     * Matches the document to this Jira's catalogue first: what can only be found against it (an ambiguous name, a
     * champion term overlapping one the file lacks) is reported like any other problem, before anything is written.
     */
    private ImportSummary apply(ImportRun run, CheckedConfig config) {
        GoalImport goals = new GoalImport(run);
        MetricImport metrics = new MetricImport(run);
        ChampionImport champions = new ChampionImport(run);
        List<FieldError> problems = new ArrayList<>();
        goals.match(config.goals(), problems);
        metrics.match(config.metrics(), problems);
        champions.match(config.champions(), problems);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        Change mission = mission(run, config.mission());
        goals.apply();
        metrics.apply();
        LinkChanges links = new LinkImport(run).apply(config.links(), goals, metrics);
        ItemChanges goalChanges = goals.finish(config.archiveMissing());
        ItemChanges metricChanges = metrics.finish(config.archiveMissing());
        ChampionChanges championChanges = champions.apply();
        Change thresholds = new HygieneImport(run, hygiene).apply(config.hygiene());
        return new ImportSummary(mission, goalChanges, metricChanges, links, championChanges, thresholds,
                run.changes());
    }

    /** Written as MissionService writes it, version claim included; an unchanged mission keeps its version. */
    private static Change mission(ImportRun run, MissionDraft draft) {
        if (draft == null) {
            return Change.NOT_IN_DOCUMENT;
        }
        MissionEntity[] rows = run.ao.find(MissionEntity.class, Query.select().order("ID").limit(1));
        MissionEntity row = rows.length == 0 ? null : rows[0];
        Mission before = row == null ? Mission.empty() : view(row);
        if (before.version() > 0 && draft.statement().equals(before.statement())
                && draft.successStatement().equals(before.successStatement())) {
            return Change.UNCHANGED;
        }
        if (row == null) {
            row = run.ao.create(MissionEntity.class);
        }
        // Claim key id 0, as MissionService claims it: there is one mission whatever its row id.
        Versions.claimNext(run.ao, MissionService.SUBJECT, 0, before.version(), before.version());
        row.setStatement(draft.statement());
        row.setSuccessStatement(draft.successStatement());
        row.setChangedBy(run.actorKey());
        row.setChangedAt(run.now());
        row.setRowVersion(before.version() + 1);
        row.save();
        run.audit(MissionService.SUBJECT, row.getID(), "update", before, view(row));
        return before.version() == 0 ? Change.CREATED : Change.UPDATED;
    }

    private static Mission view(MissionEntity row) {
        return new Mission(row.getStatement(), row.getSuccessStatement(), row.getChangedBy(),
                StoredValues.instant(row.getChangedAt()), row.getRowVersion());
    }
}
