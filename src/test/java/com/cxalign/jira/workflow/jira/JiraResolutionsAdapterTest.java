package com.cxalign.jira.workflow.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.config.ResolutionManager;
import com.atlassian.jira.issue.resolution.Resolution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.Test;

/** Jira's resolutions, read through a Mockito {@link ResolutionManager}. */
public class JiraResolutionsAdapterTest {

    private final ResolutionManager resolutionManager = mock(ResolutionManager.class);
    private final JiraResolutionsAdapter resolutions = new JiraResolutionsAdapter(resolutionManager);

    @Test
    public void everyResolutionIsItsNameToItsIdInJirasOrder() {
        List<Resolution> jira = List.of(resolution("10001", "Won't Do"), resolution("10000", "Done"),
                resolution("3", "Duplicate"));
        when(resolutionManager.getResolutions()).thenReturn(jira);

        Map<String, String> ids = resolutions.idsByName();

        assertEquals(Map.of("Won't Do", "10001", "Done", "10000", "Duplicate", "3"), ids);
        assertEquals(List.of("Won't Do", "Done", "Duplicate"), new ArrayList<>(ids.keySet()));
        assertThrows(UnsupportedOperationException.class, () -> ids.put("Fixed", "1"));
    }

    @Test
    public void aResolutionWithoutNameOrIdIsLeftOutAndARepeatedNameKeepsItsFirstId() {
        List<Resolution> jira = Arrays.asList(resolution("10000", "Done"), resolution(null, "Broken"),
                resolution("7", null), null, resolution("8", "Done"));
        when(resolutionManager.getResolutions()).thenReturn(jira);

        assertEquals(Map.of("Done", "10000"), resolutions.idsByName());
    }

    @Test
    public void aJiraWithoutResolutionsGivesAnEmptyMap() {
        when(resolutionManager.getResolutions()).thenReturn(List.of());
        assertEquals(Map.of(), resolutions.idsByName());

        when(resolutionManager.getResolutions()).thenReturn(null);
        assertEquals(Map.of(), resolutions.idsByName());
    }

    private static Resolution resolution(String id, String name) {
        Resolution resolution = mock(Resolution.class);
        when(resolution.getId()).thenReturn(id);
        when(resolution.getName()).thenReturn(name);
        return resolution;
    }
}
