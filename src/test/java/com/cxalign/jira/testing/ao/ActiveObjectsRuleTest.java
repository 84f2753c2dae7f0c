package com.cxalign.jira.testing.ao;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import com.atlassian.activeobjects.external.ActiveObjects;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Date;
import java.util.HashSet;
import java.util.Set;

import net.java.ao.DBParam;
import net.java.ao.Query;
import org.junit.Rule;
import org.junit.Test;
import org.junit.experimental.categories.Category;

/** One entity's round trip through real Active Objects, on whichever database -Dcx.db names. */
@Category(DatabaseTest.class)
public class ActiveObjectsRuleTest {

    @Rule
    public ActiveObjectsRule ao = new ActiveObjectsRule(SampleNote.class);

    @Test
    public void anEntityIsStoredAndFoundAgainWithAllItsValues() {
        ActiveObjects activeObjects = ao.activeObjects();
        String longBody = "Customers told us onboarding is confusing. ".repeat(200);
        Date writtenAt = new Date(1_700_000_000_000L);

        SampleNote created = activeObjects.create(SampleNote.class,
                new DBParam("TITLE", "Onboarding feedback"), new DBParam("BODY", longBody),
                new DBParam("WRITTEN_AT", writtenAt));
        activeObjects.flushAll();

        SampleNote[] found = activeObjects.find(SampleNote.class, Query.select().where("TITLE = ?", "Onboarding feedback"));
        assertEquals(1, found.length);
        assertEquals(created.getID(), found[0].getID());
        assertEquals(longBody, found[0].getBody());
        assertEquals(writtenAt.getTime(), found[0].getWrittenAt().getTime());
    }

    @Test
    public void tablesAndColumnsAreNamedTheWayJiraNamesThem() throws Exception {
        Set<String> columns = new HashSet<>();
        String table = ao.tablePrefix() + "SAMPLE_NOTE";
        try (Connection connection = ao.connection();
             ResultSet rs = connection.getMetaData().getColumns(null, null, null, null)) {
            while (rs.next()) {
                if (rs.getString("TABLE_NAME").equalsIgnoreCase(table)) {
                    columns.add(rs.getString("COLUMN_NAME").toUpperCase(java.util.Locale.ROOT));
                }
            }
        }
        assertEquals(Set.of("ID", "TITLE", "BODY", "WRITTEN_AT"), columns);
        assertTrue(ao.activeObjects().moduleMetaData().isTablePresent(SampleNote.class));
        assertEquals(ao.database().activeObjectsType(), ao.activeObjects().moduleMetaData().getDatabaseType());
    }

    @Test
    public void aFailingTransactionLeavesNothingBehind() {
        ActiveObjects activeObjects = ao.activeObjects();
        try {
            activeObjects.executeInTransaction(() -> {
                activeObjects.create(SampleNote.class, new DBParam("TITLE", "half-done"));
                throw new IllegalStateException("something went wrong halfway");
            });
            fail("the callback's exception should come through");
        } catch (IllegalStateException expected) {
            assertEquals("something went wrong halfway", expected.getMessage());
        }
        activeObjects.flushAll();

        assertEquals(0, activeObjects.count(SampleNote.class));
    }

    @Test
    public void aSuccessfulTransactionIsCommitted() {
        ActiveObjects activeObjects = ao.activeObjects();

        int id = activeObjects.executeInTransaction(
                () -> activeObjects.create(SampleNote.class, new DBParam("TITLE", "kept")).getID());

        assertEquals("kept", activeObjects.get(SampleNote.class, id).getTitle());
        assertEquals(1, activeObjects.count(SampleNote.class, "TITLE = ?", "kept"));
    }
}
