package com.cxalign.jira.catalog;

import com.cxalign.jira.catalog.config.ImportSummary.Change;
import com.cxalign.jira.catalog.model.HygieneThresholds;
import com.cxalign.jira.catalog.rules.HygieneSettingsDraft;
import com.cxalign.jira.catalog.store.SettingEntity;

import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * The hygiene thresholds of an imported document, written as HygieneSettings writes them (three settings rows, the
 * version claimed under the same subject) so that a later edit sees the import's version.
 */
final class HygieneImport {

    /** As HygieneSettings audits and claims its versions; there is one set of thresholds, so id 0. */
    private static final String SUBJECT = "hygiene-settings";

    private final ImportRun run;
    private final HygieneSettings settings;

    HygieneImport(ImportRun run, HygieneSettings settings) {
        this.run = run;
        this.settings = settings;
    }

    Change apply(HygieneSettingsDraft draft) {
        if (draft == null) {
            return Change.NOT_IN_DOCUMENT;
        }
        HygieneThresholds before = settings.current();
        if (draft.metricCap() == before.metricCap() && draft.staleDays() == before.staleDays()) {
            return Change.UNCHANGED;
        }
        int version = before.version();
        Versions.claimNext(run.ao, SUBJECT, 0, version, version);
        write(HygieneSettings.METRIC_CAP, draft.metricCap());
        write(HygieneSettings.STALE_DAYS, draft.staleDays());
        write(HygieneSettings.VERSION, version + 1);
        run.audit(SUBJECT, 0, "update", before, new HygieneThresholds(draft.metricCap(), draft.staleDays(),
                version + 1));
        return version == 0 ? Change.CREATED : Change.UPDATED;
    }

    private void write(String key, int value) {
        SettingEntity[] rows = run.ao.find(SettingEntity.class, Query.select().where("SETTING_KEY = ?", key));
        if (rows.length == 0) {
            run.ao.create(SettingEntity.class, new DBParam("SETTING_KEY", key),
                    new DBParam("SETTING_VALUE", String.valueOf(value)));
        } else {
            rows[0].setSettingValue(String.valueOf(value));
            rows[0].save();
        }
    }
}
