package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;
import java.util.Map;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.plugin.web.Condition} (atlassian-plugins-webfragment-api);
 * only the members this plugin calls.
 */
public interface Condition {

    void init(Map<String, String> params) throws PluginParseException;

    boolean shouldDisplay(Map<String, Object> context);
}
