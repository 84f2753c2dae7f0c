package com.cxalign.jira.platform.i18n;

import java.util.List;

/**
 * The plugin's texts in the current user's language. A port, so that code which turns i18n keys into words (the REST
 * error mappers, services that build messages) runs in tests without Jira.
 */
public interface Messages {

    /**
     * The text for {@code key}, with {@code {0}}, {@code {1}}... replaced by {@code arguments} (MessageFormat rules, as
     * in the plugin's properties files).
     */
    String text(String key, List<String> arguments);

    default String text(String key, String... arguments) {
        return text(key, List.of(arguments));
    }
}
