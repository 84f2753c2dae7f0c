package com.atlassian.sal.api.message;

import java.io.Serializable;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.sal.api.message.I18nResolver} (sal-api); only the member this
 * plugin calls. The real interface also has {@code getText(String)}, {@code getText(Locale, ...)},
 * {@code getText(Message)}, {@code getRawText(..)}, {@code createMessage(..)} and more.
 */
public interface I18nResolver {

    /**
     * The text for {@code key} in the current user's language, with {@code {0}}, {@code {1}}... replaced by the
     * arguments ({@link java.text.MessageFormat} rules). Jira returns the key itself when it is not defined.
     */
    String getText(String key, Serializable... arguments);
}
