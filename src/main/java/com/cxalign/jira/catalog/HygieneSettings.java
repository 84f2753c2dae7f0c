package com.cxalign.jira.catalog;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.cxalign.jira.catalog.model.HygieneThresholds;
import com.cxalign.jira.catalog.rules.HygieneSettingsDraft;
import com.cxalign.jira.catalog.rules.HygieneSettingsRules;
import com.cxalign.jira.catalog.store.SettingEntity;
import com.cxalign.jira.platform.security.Access;
import com.cxalign.jira.platform.security.Actor;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * The thresholds of the measurement hygiene report. Logged-in users may read them (the metric cap is worth knowing
 * when proposing a metric); admins change them, against the version they saw, with an audit entry.
 */
public class HygieneSettings {

    static final String METRIC_CAP = "hygiene.metric-cap";
    static final String STALE_DAYS = "hygiene.stale-days";
    static final String VERSION = "hygiene.version";
    private static final String SUBJECT = "hygiene-settings";

    private final ActiveObjects ao;
    private final AuditLog audit;

    public HygieneSettings(ActiveObjects ao, AuditLog audit) {
        this.ao = ao;
        this.audit = audit;
    }

    public HygieneThresholds get(Actor actor) {
        Access.requireLoggedIn(actor);
        return current();
    }

    public HygieneThresholds update(Actor actor, HygieneSettingsDraft draft, int expectedVersion) {
        Access.requireAdmin(actor);
        HygieneSettingsDraft checked = HygieneSettingsRules.check(draft);
        return Transactions.write(ao, () -> {
            Map<String, SettingEntity> rows = rows();
            HygieneThresholds before = thresholds(rows);
            Versions.claimNext(ao, SUBJECT, 0, before.version(), expectedVersion);
            write(rows, METRIC_CAP, checked.metricCap());
            write(rows, STALE_DAYS, checked.staleDays());
            write(rows, VERSION, before.version() + 1);
            HygieneThresholds after = new HygieneThresholds(checked.metricCap(), checked.staleDays(),
                    before.version() + 1);
            audit.record(actor, SUBJECT, 0, "update", before, after);
            return after;
        });
    }

    /** For the report: the thresholds in force, in one query. */
    HygieneThresholds current() {
        return thresholds(rows());
    }

    private Map<String, SettingEntity> rows() {
        SettingEntity[] rows = ao.find(SettingEntity.class,
                Query.select().where("SETTING_KEY IN (?, ?, ?)", METRIC_CAP, STALE_DAYS, VERSION));
        return Arrays.stream(rows).collect(Collectors.toMap(SettingEntity::getSettingKey, Function.identity()));
    }

    private void write(Map<String, SettingEntity> rows, String key, int value) {
        SettingEntity row = rows.get(key);
        if (row == null) {
            ao.create(SettingEntity.class, new DBParam("SETTING_KEY", key),
                    new DBParam("SETTING_VALUE", String.valueOf(value)));
        } else {
            row.setSettingValue(String.valueOf(value));
            row.save();
        }
    }

    private static HygieneThresholds thresholds(Map<String, SettingEntity> rows) {
        HygieneThresholds defaults = HygieneThresholds.defaults();
        return new HygieneThresholds(number(rows, METRIC_CAP, defaults.metricCap()),
                number(rows, STALE_DAYS, defaults.staleDays()), number(rows, VERSION, defaults.version()));
    }

    /** A value that is missing or not a number (edited in the database by hand) falls back to the default. */
    private static int number(Map<String, SettingEntity> rows, String key, int fallback) {
        SettingEntity row = rows.get(key);
        if (row == null || row.getSettingValue() == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(row.getSettingValue().strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
