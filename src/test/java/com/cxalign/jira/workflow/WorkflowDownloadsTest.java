package com.cxalign.jira.workflow;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import com.cxalign.jira.platform.errors.ConflictException;
import com.cxalign.jira.platform.errors.CxAlignException;
import com.cxalign.jira.platform.errors.ForbiddenException;
import com.cxalign.jira.platform.errors.NotLoggedInException;
import com.cxalign.jira.platform.security.Actor;

import java.util.List;

import org.junit.Test;

/**
 * The setup page's workflows over in-memory Jira statuses and resolutions: the list names what each workflow still
 * lacks, and a download is refused naming the statuses and resolutions to create.
 */
public class WorkflowDownloadsTest {

    private static final Actor ADMIN = Actor.admin("admin-key");

    private final InMemoryJiraConstants statuses = InMemoryJiraConstants.statusesOfANewJira();
    private final InMemoryJiraConstants resolutions = InMemoryJiraConstants.resolutionsOfANewJira();
    private final WorkflowDownloads downloads = new WorkflowDownloads(new WorkflowTemplates(), statuses, resolutions);

    @Test
    public void theListNamesTheMissingStatusesAndResolutionsOfEachWorkflow() {
        resolutions.delete("Done");

        List<WorkflowDownloads.Entry> list = downloads.list(ADMIN);

        assertEquals(List.of(
                new WorkflowDownloads.Entry("cx-initiative-workflow", "CX Initiative workflow",
                        List.of("Idea", "Committed", "Measuring"), List.of("Done"), false),
                new WorkflowDownloads.Entry("customer-feedback-workflow", "Customer Feedback workflow",
                        List.of("Received", "Acted On", "Customer Told"), List.of("Done"), false)), list);

        statuses.create("Idea", "Committed", "Measuring");
        resolutions.create("Done");
        assertEquals(new WorkflowDownloads.Entry("cx-initiative-workflow", "CX Initiative workflow", List.of(),
                List.of(), true), downloads.list(ADMIN).get(0));
    }

    @Test
    public void aDownloadIsRefusedNamingWhatIsMissingOfEachKind() {
        ConflictException statusesOnly = assertThrows(ConflictException.class,
                () -> downloads.download(ADMIN, "cx-initiative-workflow"));
        assertMessage(statusesOnly, "cx-align.workflow.download.missing-statuses", "CX Initiative workflow",
                "Idea, Committed, Measuring");

        resolutions.delete("Done");
        ConflictException both = assertThrows(ConflictException.class,
                () -> downloads.download(ADMIN, "cx-initiative-workflow"));
        assertMessage(both, "cx-align.workflow.download.missing-statuses-and-resolutions", "CX Initiative workflow",
                "Idea, Committed, Measuring", "Done");

        statuses.create("Idea", "Committed", "Measuring");
        ConflictException resolutionOnly = assertThrows(ConflictException.class,
                () -> downloads.download(ADMIN, "cx-initiative-workflow"));
        assertMessage(resolutionOnly, "cx-align.workflow.download.missing-resolutions", "CX Initiative workflow",
                "Done");
    }

    @Test
    public void aReadyWorkflowCarriesThisJirasResolutionId() {
        statuses.create("Idea", "Committed", "Measuring");
        resolutions.delete("Done").put("done", "10420");

        WorkflowDownloads.Download download = downloads.download(ADMIN, "cx-initiative-workflow");

        assertEquals("cx-initiative-workflow.xml", download.fileName());
        assertThat(download.xml(), containsString("<arg name=\"field.value\">10420</arg>"));
        assertThat(download.xml(), not(containsString(">@resolution:")));
    }

    @Test
    public void onlyAdministratorsMaySeeOrDownload() {
        statuses.create("Idea", "Committed", "Measuring");
        assertThrows(ForbiddenException.class, () -> downloads.list(Actor.user("agent-key")));
        assertThrows(ForbiddenException.class, () -> downloads.download(Actor.user("agent-key"),
                "cx-initiative-workflow"));
        assertThrows(NotLoggedInException.class, () -> downloads.list(Actor.anonymous()));
    }

    private static void assertMessage(CxAlignException e, String key, String... arguments) {
        assertEquals(key, e.getMessageKey());
        assertEquals(List.of(arguments), e.getArguments());
    }
}
