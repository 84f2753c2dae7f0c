package com.cxalign.jira.catalog;

import static com.cxalign.jira.catalog.Catalog.ADMIN;
import static com.cxalign.jira.catalog.Catalog.goal;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import com.cxalign.jira.catalog.model.Goal;
import com.cxalign.jira.catalog.rules.MissionDraft;
import com.cxalign.jira.platform.errors.ConflictException;
import com.cxalign.jira.testing.ao.DatabaseTest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.Rule;
import org.junit.Test;
import org.junit.experimental.categories.Category;

/** Two admins saving the same version at the same moment: one wins, the other gets a conflict, nothing is lost. */
@Category(DatabaseTest.class)
public class ConcurrentEditTest {

    private static final int EDITORS = 6;

    @Rule
    public Catalog catalog = new Catalog();

    @Test
    public void aChangeBasedOnAVersionThatAnotherTransactionAlreadyClaimedIsAConflict() {
        Goal goal = catalog.goals.create(ADMIN, goal("Reduce onboarding churn"));
        catalog.goals.update(ADMIN, goal.id(), goal("First edit"), 1);

        // As if this transaction had read version 1 just before the first edit committed.
        assertThrows(ConflictException.class, () -> catalog.ao().activeObjects().executeInTransaction(() -> {
            Versions.claimNext(catalog.ao().activeObjects(), "goal", goal.id(), 1, 1);
            return null;
        }));
    }

    @Test
    public void ofSeveralSimultaneousEditsOfOneVersionExactlyOneIsAccepted() throws Exception {
        Goal goal = catalog.goals.create(ADMIN, goal("Reduce onboarding churn"));

        List<Boolean> accepted = race(i -> catalog.goals.update(ADMIN, goal.id(), goal("Edit " + i), 1));

        assertEquals(1, accepted.stream().filter(Boolean::booleanValue).count());
        assertEquals(2, catalog.goals.get(ADMIN, goal.id()).version());
    }

    @Test
    public void ofSeveralSimultaneousFirstSavesOfTheMissionExactlyOneIsAccepted() throws Exception {
        List<Boolean> accepted = race(i -> catalog.missions.update(ADMIN,
                new MissionDraft("Mission " + i, "Success " + i), 0));

        assertEquals(1, accepted.stream().filter(Boolean::booleanValue).count());
        assertEquals(1, catalog.missions.get(ADMIN).version());
    }

    private interface Edit {
        void run(int editor);
    }

    /** Starts all editors at once; true for each edit that was accepted, false for each conflict. */
    private static List<Boolean> race(Edit edit) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(EDITORS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < EDITORS; i++) {
                int editor = i;
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        edit.run(editor);
                        return true;
                    } catch (ConflictException lost) {
                        return false;
                    }
                }));
            }
            start.countDown();
            List<Boolean> accepted = new ArrayList<>();
            for (Future<Boolean> result : results) {
                accepted.add(result.get(60, TimeUnit.SECONDS));
            }
            return accepted;
        } finally {
            pool.shutdownNow();
        }
    }
}
