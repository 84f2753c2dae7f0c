package com.cxalign.jira.initiative.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.cxalign.jira.testing.ao.ActiveObjectsRule;
import com.cxalign.jira.testing.ao.DatabaseTest;
import com.cxalign.jira.testing.jira.LocalIdCache;

import java.util.Map;
import java.util.Optional;

import org.junit.Rule;
import org.junit.Test;
import org.junit.experimental.categories.Category;

/** The stored Jira ids on a real database, read through the cache and kept right when they change. */
@Category(DatabaseTest.class)
public class JiraIdsTest {

    @Rule
    public ActiveObjectsRule ao = new ActiveObjectsRule(JiraObjectEntity.class);

    private final LocalIdCache cache = new LocalIdCache();

    @Test
    public void manyReadsAskTheDatabaseOnce() {
        JiraIds ids = new JiraIds(ao.activeObjects(), cache);
        ids.put("issue-type.initiative", "10500");
        ids.put("field.goal", "10010");

        for (int i = 0; i < 100; i++) {
            assertEquals(Optional.of("10500"), ids.get("issue-type.initiative"));
            assertEquals(Map.of("field.goal", "10010"), ids.withPrefix("field."));
        }

        assertEquals(1, cache.loads());
    }

    @Test
    public void aChangeIsSeenAtOnceHereAndOnTheOtherNodesThatShareTheCache() {
        JiraIds thisNode = new JiraIds(ao.activeObjects(), cache);
        JiraIds otherNode = new JiraIds(ao.activeObjects(), cache);
        thisNode.put("field.goal", "10010");
        assertEquals(Optional.of("10010"), otherNode.get("field.goal"));

        otherNode.put("field.goal", "10099");

        assertEquals(Optional.of("10099"), thisNode.get("field.goal"));
        assertEquals(1, ao.activeObjects().count(JiraObjectEntity.class));
    }

    @Test
    public void anUnknownRoleIsEmptyAndTheSnapshotIsInRoleOrder() {
        JiraIds ids = new JiraIds(ao.activeObjects(), cache);
        ids.put("option.goal.2", "3");
        ids.put("option.goal.10", "4");
        ids.put("field.goal", "1");

        assertTrue(ids.get("field.metric").isEmpty());
        assertEquals("[field.goal, option.goal.10, option.goal.2]", ids.all().keySet().toString());
    }
}
