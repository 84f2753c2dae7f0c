package com.cxalign.jira.testing.ao;

import static org.junit.Assert.assertEquals;

import com.cxalign.jira.platform.PluginKey;

import org.junit.Test;

public class JiraTablePrefixTest {

    @Test
    public void givesThePrefixAtlassianDocumentsForItsExamplePlugin() {
        // https://developer.atlassian.com/server/framework/atlassian-sdk/table-names/
        assertEquals("AO_28BE2D_MY_OBJECT", new JiraTablePrefix("com.atlassian.example.ao.myplugin").prepend("MY_OBJECT"));
    }

    @Test
    public void thePluginsTablesStartWithAnAoPrefixOfSixHexDigits() {
        assertEquals(true, new JiraTablePrefix(PluginKey.KEY).value().matches("AO_[0-9A-F]{6}_"));
    }
}
