package com.cxalign.jira.initiative.jira;

import static com.cxalign.jira.catalog.Catalog.ADMIN;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.cxalign.jira.catalog.Catalog;
import com.cxalign.jira.catalog.model.Goal;
import com.cxalign.jira.initiative.Initiatives;
import com.cxalign.jira.initiative.model.CxField;
import com.cxalign.jira.initiative.setup.CxSchemaSetup;
import com.cxalign.jira.initiative.setup.JiraSchema;
import com.cxalign.jira.initiative.setup.ProjectSchemes;
import com.cxalign.jira.initiative.store.JiraIds;
import com.cxalign.jira.testing.ao.DatabaseTest;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.Rule;
import org.junit.Test;
import org.junit.experimental.categories.Category;

/** What starting and stopping the plugin does to Jira: set up and follow the catalogue; stopping removes nothing. */
@Category(DatabaseTest.class)
public class InitiativeLauncherTest {

    @Rule
    public Initiatives initiatives = new Initiatives();

    private InitiativeLauncher launcher() {
        return new InitiativeLauncher(initiatives.setup, initiatives.catalog.changes, initiatives.optionSync);
    }

    @Test
    public void startingSetsJiraUpAndKeepsGoalOptionsInStep() {
        InitiativeLauncher launcher = launcher();

        launcher.onStart();
        Goal goal = initiatives.catalog.goals.create(ADMIN, Catalog.goal("Reduce onboarding churn"));

        assertEquals(2, initiatives.jira.issueTypeNames().size());
        assertEquals("Reduce onboarding churn",
                initiatives.jira.optionValue(initiatives.optionOf(CxField.GOAL, goal.id())));
    }

    @Test
    public void stoppingLeavesEveryIssueTypeFieldAndOptionAndStopsFollowingTheCatalogue() {
        InitiativeLauncher launcher = launcher();
        launcher.onStart();
        Goal goal = initiatives.catalog.goals.create(ADMIN, Catalog.goal("Reduce onboarding churn"));
        List<String> issueTypes = initiatives.jira.issueTypeNames();
        List<String> fields = initiatives.jira.fieldNames();

        launcher.onStop();
        initiatives.catalog.goals.update(ADMIN, goal.id(), Catalog.goal("Renamed while disabled"), goal.version());

        assertEquals(issueTypes, initiatives.jira.issueTypeNames());
        assertEquals(fields, initiatives.jira.fieldNames());
        assertEquals("Reduce onboarding churn",
                initiatives.jira.optionValue(initiatives.optionOf(CxField.GOAL, goal.id())));
        // The next start repairs what changed meanwhile.
        launcher.onStart();
        assertEquals("Renamed while disabled",
                initiatives.jira.optionValue(initiatives.optionOf(CxField.GOAL, goal.id())));
    }

    @Test
    public void aFailingSetupDoesNotStopJiraFromStarting() {
        CxSchemaSetup failing = new CxSchemaSetup(initiatives.jira, new JiraIds(initiatives.catalog.ao()
                .activeObjects(), initiatives.idCache), new com.cxalign.jira.initiative.setup.ClusterLocks() {
                    @Override
                    public <T> T underLock(String name, java.util.function.Supplier<T> work) {
                        throw new IllegalStateException("the lock is held elsewhere");
                    }
                }, initiatives.optionSync);

        new InitiativeLauncher(failing, initiatives.catalog.changes, initiatives.optionSync).onStart();

        assertEquals(List.of(), initiatives.jira.issueTypeNames());
    }

    @Test
    public void thePortsToJiraCannotDeleteAnything() {
        for (Class<?> port : List.of(JiraSchema.class, ProjectSchemes.class)) {
            for (Method method : port.getMethods()) {
                String name = method.getName().toLowerCase(Locale.ROOT);
                assertTrue(port.getSimpleName() + "." + method.getName(),
                        Arrays.stream(new String[] {"delete", "remove", "drop", "clear"}).noneMatch(name::contains));
            }
        }
    }
}
