package com.atlassian.activeobjects.external;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.activeobjects.external.FailedFastCountException}
 * (activeobjects-plugin): a checked exception wrapping {@code net.java.ao.FailedFastCountException}.
 * Its only constructor is kept working so test implementations of {@link ActiveObjects} can throw it.
 */
public class FailedFastCountException extends Exception {

    public FailedFastCountException(Throwable cause) {
        super(cause);
    }
}
