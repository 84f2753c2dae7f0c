package com.atlassian.plugin;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.plugin.PluginParseException} (atlassian-plugins-api): unchecked,
 * declared by {@code Condition.init} and {@code ContextProvider.init}. The real class extends
 * {@code com.atlassian.plugin.PluginException}, which extends {@code RuntimeException}; that intermediate class is not
 * stubbed because nothing here uses it (the stub therefore extends {@code RuntimeException} directly, which changes
 * nothing at run time). Constructors are kept working (they only call super) so tests can throw it.
 */
public class PluginParseException extends RuntimeException {

    public PluginParseException() {
        super();
    }

    public PluginParseException(String message) {
        super(message);
    }

    public PluginParseException(Throwable cause) {
        super(cause);
    }

    public PluginParseException(String message, Throwable cause) {
        super(message, cause);
    }
}
