package com.cxalign.jira.initiative.setup;

import static com.cxalign.jira.catalog.Catalog.ADMIN;
import static com.cxalign.jira.catalog.Catalog.AGENT;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.cxalign.jira.initiative.Initiatives;
import com.cxalign.jira.initiative.model.CxField;
import com.cxalign.jira.initiative.model.CxIssueType;
import com.cxalign.jira.initiative.setup.ProjectSetupReport.ScreenChange;
import com.cxalign.jira.platform.errors.ForbiddenException;
import com.cxalign.jira.platform.errors.NotFoundException;
import com.cxalign.jira.platform.errors.ValidationException;
import com.cxalign.jira.testing.ao.DatabaseTest;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.experimental.categories.Category;

/** "Set up a CX project": issue types into the project's scheme, CX fields onto its screens, all reported. */
@Category(DatabaseTest.class)
public class ProjectSetupTest {

    @Rule
    public Initiatives initiatives = new Initiatives();

    @Before
    public void aProjectWithItsOwnSchemeAndTwoScreens() {
        String task = initiatives.jira.addIssueTypeByHand("Task");
        initiatives.jira.addProject(10100, "CX", "Customer Experience", "CX issue type scheme", false,
                List.of(task), List.of("CX: create and edit", "CX: view"));
    }

    @Test
    public void addsBothIssueTypesAndEveryFieldOfEachTypeToEachScreen() {
        ProjectSetupReport report = initiatives.projectSetup.setUp(ADMIN, "CX");

        assertEquals("Customer Experience", report.projectName());
        assertEquals("CX issue type scheme", report.issueTypeScheme());
        assertEquals(List.of("CX Initiative", "Customer Feedback"), report.addedIssueTypes());
        assertTrue(initiatives.jira.projectIssueTypeIds("CX").containsAll(List.of(
                initiatives.issueTypeId(CxIssueType.INITIATIVE), initiatives.issueTypeId(CxIssueType.FEEDBACK))));
        Set<Long> everyField = Set.of(CxField.values()).stream().map(initiatives::fieldId)
                .collect(Collectors.toSet());
        assertEquals(everyField, initiatives.jira.screenFields("CX: create and edit"));
        assertEquals(everyField, initiatives.jira.screenFields("CX: view"));
        // Journey Stage belongs to both types but is added once; each screen is reported once.
        assertEquals(List.of("CX: create and edit", "CX: view"),
                report.screens().stream().map(ScreenChange::screen).toList());
        assertEquals(CxField.values().length, report.screens().get(0).addedFields().size());
    }

    @Test
    public void aSecondRunChangesNothingAndSaysSo() {
        initiatives.projectSetup.setUp(ADMIN, "CX");

        ProjectSetupReport again = initiatives.projectSetup.setUp(ADMIN, "CX");

        assertTrue(again.toString(), again.changedNothing());
        assertEquals(List.of(), again.addedIssueTypes());
    }

    @Test
    public void fieldsAlreadyOnAScreenStayAndAreNotReported() {
        initiatives.setup.ensure();
        long outcome = initiatives.fieldId(CxField.OUTCOME);
        initiatives.jira.screens("CX", initiatives.issueTypeId(CxIssueType.INITIATIVE))
                .forEach(screen -> initiatives.jira.addFieldToScreen(screen.id(), outcome));

        ProjectSetupReport report = initiatives.projectSetup.setUp(ADMIN, "CX");

        assertTrue(report.screens().stream().noneMatch(screen -> screen.addedFields().contains("Customer Outcome")));
    }

    @Test
    public void setupRunsFirstSoAProjectCanBeSetUpBeforeThePluginEverStarted() {
        initiatives.projectSetup.setUp(ADMIN, "CX");

        assertEquals(2, initiatives.jira.createdCount("issueType"));
    }

    @Test
    public void anUnknownProjectIsA404NamingTheKey() {
        NotFoundException e = assertThrows(NotFoundException.class,
                () -> initiatives.projectSetup.setUp(ADMIN, "NOPE"));
        assertEquals(List.of("NOPE"), e.getArguments());
    }

    @Test
    public void aBlankKeyIsRefusedNamingTheField() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> initiatives.projectSetup.setUp(ADMIN, "  "));
        assertEquals("projectKey", e.getFieldErrors().get(0).field());
    }

    @Test
    public void onlyAdministratorsSetUpProjectsOrListThem() {
        assertThrows(ForbiddenException.class, () -> initiatives.projectSetup.setUp(AGENT, "CX"));
        assertThrows(ForbiddenException.class, () -> initiatives.projectSetup.projects(AGENT));
        assertEquals(0, initiatives.jira.createdCount("issueType"));
    }
}
