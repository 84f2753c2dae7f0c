package com.cxalign.jira.platform;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class PluginKeyTest {

    @Test
    public void theKeyInCodeIsTheKeyThePomGivesTheDescriptorAndTheManifest() {
        assertEquals(System.getProperty("cx.plugin.key"), PluginKey.KEY);
    }

    @Test
    public void moduleKeysAreQualifiedWithThePluginKey() {
        assertEquals("com.cxalign.cx-align-jira:admin-resources", PluginKey.module("admin-resources"));
    }
}
