package com.atlassian.sal.api;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.sal.api.UrlMode} (sal-api): how
 * {@link ApplicationProperties#getBaseUrl(UrlMode)} writes the base URL. The five constants are the ones Jira's own
 * SAL implementation handles; their declaration order was not seen, so never rely on {@code ordinal()} or
 * {@code values()} order.
 */
public enum UrlMode {
    ABSOLUTE,
    RELATIVE,
    RELATIVE_CANONICAL,
    CANONICAL,
    AUTO
}
