package com.cxalign.jira.catalog;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ModelVersion;
import com.cxalign.jira.catalog.store.CatalogEntities;
import com.cxalign.jira.catalog.store.CatalogUpgradeTask1;
import com.cxalign.jira.catalog.store.GoalEntity;
import com.cxalign.jira.testing.ao.ActiveObjectsRule;
import com.cxalign.jira.testing.ao.DatabaseTest;

import net.java.ao.DBParam;
import net.java.ao.RawEntity;
import org.junit.Rule;
import org.junit.Test;
import org.junit.experimental.categories.Category;

@Category(DatabaseTest.class)
public class CatalogUpgradeTask1Test {

    /** An empty database: nothing migrated, as on a first install. */
    @Rule
    public ActiveObjectsRule ao = new ActiveObjectsRule();

    private final CatalogUpgradeTask1 task = new CatalogUpgradeTask1();

    @Test
    public void isModelVersionOne() {
        assertTrue(task.getModelVersion().isSame(ModelVersion.valueOf("1")));
    }

    @Test
    public void createsEveryCatalogueTableOnAnEmptyDatabase() {
        task.upgrade(ModelVersion.valueOf("0"), ao.activeObjects());

        for (Class<? extends RawEntity<?>> entity : CatalogEntities.all()) {
            assertTrue(entity.getSimpleName() + " has no table",
                    ao.activeObjects().moduleMetaData().isTablePresent(entity));
        }
    }

    @Test
    public void runningAgainIsHarmlessAndKeepsTheData() {
        ActiveObjects activeObjects = ao.activeObjects();
        task.upgrade(ModelVersion.valueOf("0"), activeObjects);
        activeObjects.create(GoalEntity.class, new DBParam("NAME", "Kept"), new DBParam("NAME_KEY", "kept"),
                new DBParam("STATUS", "ACTIVE"));

        task.upgrade(ModelVersion.valueOf("1"), activeObjects);

        assertEquals(1, activeObjects.count(GoalEntity.class, "NAME_KEY = ?", "kept"));
    }
}
