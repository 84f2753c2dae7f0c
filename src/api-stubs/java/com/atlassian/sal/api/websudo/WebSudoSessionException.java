package com.atlassian.sal.api.websudo;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.sal.api.websudo.WebSudoSessionException} (sal-api):
 * an unchecked exception thrown when the WebSudo session is missing or expired.
 */
public class WebSudoSessionException extends RuntimeException {

    public WebSudoSessionException() {
        super();
    }

    public WebSudoSessionException(String message) {
        super(message);
    }

    public WebSudoSessionException(String message, Throwable cause) {
        super(message, cause);
    }
}
