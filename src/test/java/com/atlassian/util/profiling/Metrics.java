package com.atlassian.util.profiling;

/**
 * Test-only, no-op stand-in for Jira's atlassian-profiling {@code Metrics}, which Active Objects 6.1.1 calls around
 * every query. Only the members AO calls exist. It lives in test code so that it can never reach the plugin jar;
 * in Jira the real class is there.
 */
public final class Metrics {

    private Metrics() {
    }

    public static Builder metric(String name) {
        return new Builder();
    }

    /** No-op metric builder. */
    public static final class Builder {

        public Builder tag(String key, String value) {
            return this;
        }

        public Builder withAnalytics() {
            return this;
        }

        public Builder invokerPluginKey(String pluginKey) {
            return this;
        }

        public Ticker startTimer() {
            return Ticker.NO_OP;
        }
    }
}
