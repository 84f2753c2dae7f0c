package com.cxalign.jira.platform.i18n;

import com.atlassian.sal.api.message.I18nResolver;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/** {@link Messages} in Jira: SAL's {@link I18nResolver}, which answers in the language of the request's user. */
public final class SalMessages implements Messages {

    private final I18nResolver i18nResolver;

    public SalMessages(I18nResolver i18nResolver) {
        this.i18nResolver = Objects.requireNonNull(i18nResolver, "i18nResolver");
    }

    @Override
    public String text(String key, List<String> arguments) {
        // Always the (String, Serializable...) overload: the one the stub declares and every SAL version has.
        return i18nResolver.getText(key, arguments.toArray(new Serializable[0]));
    }
}
