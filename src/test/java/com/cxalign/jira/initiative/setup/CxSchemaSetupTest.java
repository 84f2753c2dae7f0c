package com.cxalign.jira.initiative.setup;

import static org.hamcrest.CoreMatchers.hasItem;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import com.cxalign.jira.initiative.Initiatives;
import com.cxalign.jira.initiative.model.CxField;
import com.cxalign.jira.initiative.model.CxIssueType;
import com.cxalign.jira.initiative.model.FieldKind;
import com.cxalign.jira.initiative.store.JiraIds;
import com.cxalign.jira.testing.ao.DatabaseTest;
import com.cxalign.jira.testing.jira.LocalClusterLocks;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.Rule;
import org.junit.Test;
import org.junit.experimental.categories.Category;

/** The plugin's setup of Jira over real Active Objects and an in-memory Jira: complete, idempotent, lock-safe. */
@Category(DatabaseTest.class)
public class CxSchemaSetupTest {

    @Rule
    public Initiatives initiatives = new Initiatives();

    @Test
    public void theFirstRunCreatesBothIssueTypesTheLinkTypeAndEveryField() {
        SetupReport report = initiatives.setup.ensure();

        assertEquals(List.of("CX Initiative", "Customer Feedback"), initiatives.jira.issueTypeNames());
        assertEquals(List.of("Addresses feedback"), initiatives.jira.linkTypeNames());
        assertEquals(CxField.values().length, initiatives.jira.fieldNames().size());
        assertEquals(2 + 1 + CxField.values().length, report.created().size());
        assertThat(report.created(), hasItem("field Customer Outcome"));
        assertEquals(List.of(), report.adopted());
    }

    @Test
    public void eachFieldIsOfItsJiraTypeAndItsContextHoldsOnlyItsCxIssueTypes() {
        initiatives.setup.ensure();
        String initiative = initiatives.issueTypeId(CxIssueType.INITIATIVE);
        String feedback = initiatives.issueTypeId(CxIssueType.FEEDBACK);

        assertEquals(List.of(initiative), initiatives.jira.fieldContext(initiatives.fieldId(CxField.GOAL)));
        assertEquals(FieldKind.SELECT, initiatives.jira.fieldKind(initiatives.fieldId(CxField.GOAL)));
        assertEquals(FieldKind.NUMBER, initiatives.jira.fieldKind(initiatives.fieldId(CxField.EXPECTED_IMPACT)));
        assertEquals(FieldKind.DATE, initiatives.jira.fieldKind(initiatives.fieldId(CxField.LOOP_CLOSED_ON)));
        assertEquals(List.of(feedback), initiatives.jira.fieldContext(initiatives.fieldId(CxField.SENTIMENT)));
        assertEquals(List.of(initiative, feedback),
                initiatives.jira.fieldContext(initiatives.fieldId(CxField.JOURNEY_STAGE)));
    }

    @Test
    public void fixedChoicesBecomeOptionsInTheirOrder() {
        initiatives.setup.ensure();

        assertEquals(List.of("Survey", "Support", "Interview", "Review", "Social", "Sales", "Employee"),
                optionValues(CxField.CHANNEL));
        assertEquals(List.of("Negative", "Neutral", "Positive"), optionValues(CxField.SENTIMENT));
        assertEquals(8, optionValues(CxField.JOURNEY_STAGE).size());
    }

    @Test
    public void runningAgainCreatesNothingAndReportsNothing() {
        initiatives.setup.ensure();
        int fields = initiatives.jira.createdCount("field");
        int options = initiatives.jira.createdCount("option");

        SetupReport second = initiatives.setup.ensure();

        assertTrue(second.toString(), second.changedNothing());
        assertEquals(fields, initiatives.jira.createdCount("field"));
        assertEquals(options, initiatives.jira.createdCount("option"));
        assertEquals(2, initiatives.jira.createdCount("issueType"));
        assertEquals(1, initiatives.jira.createdCount("linkType"));
    }

    @Test
    public void objectsFromAnEarlierInstallAreAdoptedByNameAndTypeNotCreatedAgain() {
        String existing = initiatives.jira.addIssueTypeByHand("cx initiative");
        long outcome = initiatives.jira.addFieldByHand("Customer Outcome", FieldKind.TEXTAREA,
                CxField.OUTCOME.description());

        SetupReport report = initiatives.setup.ensure();

        assertEquals(existing, initiatives.issueTypeId(CxIssueType.INITIATIVE));
        assertEquals(outcome, initiatives.fieldId(CxField.OUTCOME));
        assertThat(report.adopted(), hasItem("issue type CX Initiative"));
        assertThat(report.adopted(), hasItem("field Customer Outcome"));
        assertEquals(1, initiatives.jira.createdCount("issueType"));
    }

    @Test
    public void anotherTeamsFieldOfTheSameNameIsNotTakenOverWhateverItsType() {
        long otherType = initiatives.jira.addFieldByHand("Customer", FieldKind.SELECT);
        long sameType = initiatives.jira.addFieldByHand("Target", FieldKind.NUMBER, "Sales target for the quarter");

        initiatives.setup.ensure();

        assertNotEquals(otherType, initiatives.fieldId(CxField.CUSTOMER));
        assertEquals(FieldKind.TEXT, initiatives.jira.fieldKind(initiatives.fieldId(CxField.CUSTOMER)));
        assertNotEquals(sameType, initiatives.fieldId(CxField.TARGET));
    }

    @Test
    public void somethingAnAdminDeletedIsMadeAgainAndItsNewIdStored() {
        initiatives.setup.ensure();
        long before = initiatives.fieldId(CxField.SENTIMENT);
        initiatives.jira.deleteFieldByHand(before);

        SetupReport report = initiatives.setup.ensure();

        assertNotEquals(before, initiatives.fieldId(CxField.SENTIMENT));
        assertEquals(List.of("field Sentiment"), report.created());
        assertEquals(List.of("Negative", "Neutral", "Positive"), optionValues(CxField.SENTIMENT));
    }

    @Test
    public void optionsAnAdminAddedStayAndMissingChoicesAreAddedBesideThem() {
        initiatives.setup.ensure();
        long channel = initiatives.fieldId(CxField.CHANNEL);
        initiatives.jira.addOption(channel, "Community forum");

        initiatives.setup.ensure();

        assertThat(optionValues(CxField.CHANNEL), hasItem("Community forum"));
        assertEquals(8, optionValues(CxField.CHANNEL).size());
    }

    @Test
    public void twoNodesStartingTogetherCreateEachObjectOnceBecauseOfTheClusterLock() throws Exception {
        // The first node waits a while after its first lookup for the second, which cannot come: it waits for the lock.
        holdBothThreadsAfterTheirFirstLookup(300);

        List<Object> reports = runTwice(initiatives.setup, initiatives.setup);

        assertEquals(2, initiatives.jira.createdCount("issueType"));
        assertEquals(CxField.values().length, initiatives.jira.createdCount("field"));
        assertEquals(List.of("CX Initiative", "Customer Feedback"), initiatives.jira.issueTypeNames());
        assertTrue("the second node found everything made: " + reports,
                reports.stream().anyMatch(report -> ((SetupReport) report).changedNothing()));
    }

    @Test
    public void withoutTheLockTheSameRaceCreatesTwins() throws Exception {
        CxSchemaSetup unlocked = new CxSchemaSetup(initiatives.jira, new JiraIds(initiatives.catalog.ao()
                .activeObjects(), initiatives.idCache), LocalClusterLocks.none(), initiatives.optionSync);
        holdBothThreadsAfterTheirFirstLookup(10_000);

        List<Object> outcomes = runTwice(unlocked, unlocked);

        // This is the failure the lock prevents: both "nodes" saw no CX Initiative and made one. Only one id can be
        // stored for the role (the other node's is overwritten, or refused by the role's unique key), so the
        // twin stays in Jira without an owner.
        assertEquals(Set.of("CX Initiative", "Customer Feedback"), Set.copyOf(initiatives.jira.issueTypeNames()));
        assertTrue(initiatives.jira.issueTypeNames() + " " + outcomes, initiatives.jira.issueTypeNames().size() > 2);
    }

    /** Both threads wait for each other (up to {@code millis}) between their first lookup by name and what follows. */
    private void holdBothThreadsAfterTheirFirstLookup(long millis) {
        CyclicBarrier barrier = new CyclicBarrier(2);
        ThreadLocal<Boolean> waited = ThreadLocal.withInitial(() -> false);
        initiatives.jira.afterLookupByName(() -> {
            if (!waited.get()) {
                waited.set(true);
                try {
                    barrier.await(millis, TimeUnit.MILLISECONDS);
                } catch (TimeoutException | BrokenBarrierException e) {
                    // the other thread is not coming (it waits for the lock): go on alone
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
    }

    /** Runs both setups at once; each outcome is its report, or the exception it failed with. */
    private static List<Object> runTwice(CxSchemaSetup first, CxSchemaSetup second) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<SetupReport>> runs = List.of(pool.submit(first::ensure), pool.submit(second::ensure));
            List<Object> outcomes = new ArrayList<>();
            for (Future<SetupReport> run : runs) {
                try {
                    outcomes.add(run.get(30, TimeUnit.SECONDS));
                } catch (ExecutionException e) {
                    outcomes.add(e.getCause());
                }
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private List<String> optionValues(CxField field) {
        return initiatives.jira.options(initiatives.fieldId(field)).stream().map(JiraSchema.FieldOption::value)
                .toList();
    }
}
