package com.cxalign.jira.platform;

/** The plugin's key, as pom.xml sets it for the descriptor and the manifest (PluginKeyTest keeps them equal). */
public final class PluginKey {

    public static final String KEY = "com.cxalign.cx-align-jira";

    private PluginKey() {
    }

    /** The complete key of one of the plugin's modules, e.g. {@code com.cxalign.cx-align-jira:admin-resources}. */
    public static String module(String moduleKey) {
        return KEY + ":" + moduleKey;
    }
}
