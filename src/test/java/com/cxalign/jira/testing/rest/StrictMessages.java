package com.cxalign.jira.testing.rest;

import com.cxalign.jira.platform.i18n.Messages;
import com.cxalign.jira.testing.velocity.StrictI18n;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@link Messages} over the plugin's own properties file, formatted like Jira does (MessageFormat), except that an
 * unknown key THROWS where Jira would show the key: a typo in a message key fails the test that triggers it.
 */
public final class StrictMessages implements Messages {

    private final StrictI18n i18n;

    private StrictMessages(StrictI18n i18n) {
        this.i18n = i18n;
    }

    /** The texts of {@code i18n/cx-align.properties}. */
    public static StrictMessages forPlugin() {
        return new StrictMessages(StrictI18n.forPlugin());
    }

    /** A copy that also knows {@code key}: for sample code in tests that needs texts the plugin does not have. */
    public StrictMessages with(String key, String text) {
        Map<String, String> texts = new TreeMap<>(i18n.texts());
        texts.put(key, text);
        return new StrictMessages(new StrictI18n(texts));
    }

    @Override
    public String text(String key, List<String> arguments) {
        return i18n.getText(key, arguments.toArray());
    }
}
