package com.atlassian.sal.api.websudo;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.sal.api.websudo.WebSudoManager} (sal-api).
 * These three methods are the whole interface.
 */
public interface WebSudoManager {

    /** @return true if the request may go ahead (WebSudo disabled, or a valid WebSudo session exists). */
    boolean canExecuteRequest(HttpServletRequest request);

    /** Redirects to the product's WebSudo (re-authentication) page, returning to the current request afterwards. */
    void enforceWebSudoProtection(HttpServletRequest request, HttpServletResponse response);

    /**
     * Marks the request as one for a WebSudo-protected resource.
     *
     * @throws WebSudoSessionException if the request is not in a WebSudo session
     */
    void willExecuteWebSudoRequest(HttpServletRequest request) throws WebSudoSessionException;
}
