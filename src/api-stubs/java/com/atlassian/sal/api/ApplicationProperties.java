package com.atlassian.sal.api;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.sal.api.ApplicationProperties} (sal-api); only the members
 * this plugin calls.
 */
public interface ApplicationProperties {

    /** @return the base URL in the given mode; {@link UrlMode#RELATIVE} is the context path, e.g. {@code /jira} */
    String getBaseUrl(UrlMode urlMode);
}
