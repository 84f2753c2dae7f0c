package com.cxalign.jira.catalog;

import static com.cxalign.jira.catalog.Catalog.ADMIN;
import static com.cxalign.jira.catalog.Catalog.AGENT;
import static com.cxalign.jira.catalog.Catalog.ANONYMOUS;
import static org.hamcrest.CoreMatchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;
import static org.junit.Assert.assertThrows;

import com.cxalign.jira.catalog.model.AuditEntry;
import com.cxalign.jira.catalog.model.HygieneThresholds;
import com.cxalign.jira.catalog.rules.HygieneSettingsDraft;
import com.cxalign.jira.catalog.store.SettingEntity;
import com.cxalign.jira.platform.errors.ConflictException;
import com.cxalign.jira.platform.errors.ForbiddenException;
import com.cxalign.jira.platform.errors.NotLoggedInException;
import com.cxalign.jira.platform.errors.ValidationException;
import com.cxalign.jira.testing.ao.DatabaseTest;

import net.java.ao.DBParam;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.experimental.categories.Category;

@Category(DatabaseTest.class)
public class HygieneSettingsTest {

    @Rule
    public Catalog catalog = new Catalog();

    private HygieneSettings settings;

    @Before
    public void wireSettings() {
        settings = AlignmentServices.over(catalog).hygieneSettings;
    }

    @Test
    public void untilAnAdminChangesThemTheThresholdsAreACapOfThreeAndNinetyDaysAtVersionZero() {
        assertEquals(new HygieneThresholds(3, 90, 0), settings.get(AGENT));
    }

    @Test
    public void anAdminChangesBothThresholdsAndEveryUserReadsThem() {
        HygieneThresholds saved = settings.update(ADMIN, new HygieneSettingsDraft(5, 30), 0);

        assertEquals(new HygieneThresholds(5, 30, 1), saved);
        assertEquals(saved, settings.get(AGENT));
        assertEquals(new HygieneThresholds(4, 60, 2), settings.update(ADMIN, new HygieneSettingsDraft(4, 60), 1));
    }

    @Test
    public void aChangeBasedOnAnOldVersionIsAConflictAndChangesNothing() {
        settings.update(ADMIN, new HygieneSettingsDraft(5, 30), 0);

        assertThrows(ConflictException.class, () -> settings.update(ADMIN, new HygieneSettingsDraft(2, 14), 0));
        assertEquals(new HygieneThresholds(5, 30, 1), settings.get(ADMIN));
    }

    @Test
    public void thresholdsOutOfRangeAreRefusedAndNothingIsStored() {
        ValidationException error = assertThrows(ValidationException.class,
                () -> settings.update(ADMIN, new HygieneSettingsDraft(21, 6), 0));

        assertEquals(2, error.getFieldErrors().size());
        assertEquals(0, catalog.ao().activeObjects().count(SettingEntity.class));
    }

    @Test
    public void everyChangeIsAuditedWithTheThresholdsBeforeAndAfter() {
        settings.update(ADMIN, new HygieneSettingsDraft(5, 30), 0);

        AuditEntry entry = catalog.audit.list(ADMIN, 0, 1).get(0);

        assertEquals("hygiene-settings", entry.subjectType());
        assertThat(entry.beforeJson(), containsString("\"metricCap\":3"));
        assertThat(entry.afterJson(), containsString("\"metricCap\":5"));
        assertThat(entry.afterJson(), containsString("\"staleDays\":30"));
    }

    @Test
    public void aStoredValueThatIsNotANumberFallsBackToTheDefault() {
        catalog.ao().activeObjects().create(SettingEntity.class, new DBParam("SETTING_KEY", HygieneSettings.STALE_DAYS),
                new DBParam("SETTING_VALUE", "ninety"));

        assertEquals(new HygieneThresholds(3, 90, 0), settings.get(ADMIN));
    }

    @Test
    public void onlyAdminsChangeTheThresholdsAndOnlyLoggedInUsersSeeThem() {
        assertThrows(ForbiddenException.class, () -> settings.update(AGENT, new HygieneSettingsDraft(5, 30), 0));
        assertThrows(NotLoggedInException.class, () -> settings.get(ANONYMOUS));
        assertEquals(0, settings.get(ADMIN).version());
    }
}
