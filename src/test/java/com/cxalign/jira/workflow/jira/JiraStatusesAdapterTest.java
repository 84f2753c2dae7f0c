package com.cxalign.jira.workflow.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.config.StatusManager;
import com.atlassian.jira.issue.status.Status;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.Test;

/** Jira's statuses, read through a Mockito {@link StatusManager}. */
public class JiraStatusesAdapterTest {

    private final StatusManager statusManager = mock(StatusManager.class);
    private final JiraStatusesAdapter statuses = new JiraStatusesAdapter(statusManager);

    @Test
    public void everyStatusIsItsNameToItsIdInJirasOrder() {
        List<Status> jira = List.of(status("1", "Open"), status("10100", "Idea"), status("3", "In Progress"));
        when(statusManager.getStatuses()).thenReturn(jira);

        Map<String, String> ids = statuses.idsByName();

        assertEquals(Map.of("Open", "1", "Idea", "10100", "In Progress", "3"), ids);
        assertEquals(List.of("Open", "Idea", "In Progress"), new ArrayList<>(ids.keySet()));
        assertThrows(UnsupportedOperationException.class, () -> ids.put("Done", "10001"));
    }

    @Test
    public void aStatusWithoutNameOrIdIsLeftOutAndARepeatedNameKeepsItsFirstId() {
        List<Status> jira = Arrays.asList(status("1", "Open"), status(null, "Broken"), status("7", null), null,
                status("8", "Open"));
        when(statusManager.getStatuses()).thenReturn(jira);

        assertEquals(Map.of("Open", "1"), statuses.idsByName());
    }

    @Test
    public void aJiraWithoutStatusesGivesAnEmptyMap() {
        when(statusManager.getStatuses()).thenReturn(List.of());
        assertEquals(Map.of(), statuses.idsByName());

        when(statusManager.getStatuses()).thenReturn(null);
        assertEquals(Map.of(), statuses.idsByName());
    }

    private static Status status(String id, String name) {
        Status status = mock(Status.class);
        when(status.getId()).thenReturn(id);
        when(status.getName()).thenReturn(name);
        return status;
    }
}
