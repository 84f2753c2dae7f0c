package com.cxalign.jira.platform;

import static org.hamcrest.CoreMatchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;
import static org.junit.Assert.fail;

import org.junit.Test;

public class BuildInfoTest {

    @Test
    public void readsTheVersionMavenFilledIn() {
        BuildInfo info = BuildInfo.load();

        assertEquals(System.getProperty("cx.project.version"), info.getVersion());
        assertThat(info.getDocsUrl(), containsString("https://"));
    }

    @Test
    public void anUnfilteredPlaceholderIsRefusedRatherThanShownToAdmins() {
        try {
            new BuildInfo("${project.version}", "https://example.com/docs");
            fail("an unfiltered version must be refused");
        } catch (IllegalStateException expected) {
            assertThat(expected.getMessage(), containsString("'version'"));
        }
    }
}
