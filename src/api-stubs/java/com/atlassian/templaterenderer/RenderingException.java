package com.atlassian.templaterenderer;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.templaterenderer.RenderingException}
 * (atlassian-template-renderer-api): an unchecked exception for internal rendering failures.
 */
public class RenderingException extends RuntimeException {

    public RenderingException(String message, Throwable cause) {
        super(message, cause);
    }

    public RenderingException(String message) {
        super(message);
    }

    public RenderingException(Throwable cause) {
        super(cause);
    }
}
