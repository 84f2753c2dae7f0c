package com.atlassian.sal.api.message;

import java.util.Locale;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.sal.api.message.LocaleResolver} (sal-api); only the members
 * this plugin calls.
 */
public interface LocaleResolver {

    /** @return the locale of the current user (the request's, else the application's default) */
    Locale getLocale();
}
