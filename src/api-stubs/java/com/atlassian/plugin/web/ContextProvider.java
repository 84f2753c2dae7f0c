package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;
import java.util.Map;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.plugin.web.ContextProvider} (atlassian-plugins-
 * webfragment-api); only the members this plugin calls.
 */
public interface ContextProvider {

    void init(Map<String, String> params) throws PluginParseException;

    Map<String, Object> getContextMap(Map<String, Object> context);
}
