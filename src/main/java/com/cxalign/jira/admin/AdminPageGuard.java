package com.cxalign.jira.admin;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;

import java.io.IOException;
import java.net.URI;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Lets only Jira administrators with a current secure-administrator session (WebSudo) into CX Align's admin pages.
 * Anonymous visitors go to the login page and come back; everybody else gets 403 and no page content.
 */
public class AdminPageGuard {

    private final UserManager userManager;
    private final LoginUriProvider loginUriProvider;
    private final WebSudoManager webSudoManager;

    public AdminPageGuard(UserManager userManager, LoginUriProvider loginUriProvider, WebSudoManager webSudoManager) {
        this.userManager = userManager;
        this.loginUriProvider = loginUriProvider;
        this.webSudoManager = webSudoManager;
    }

    /**
     * Decides whether the request may see the page. When it may not, the response has already been sent
     * (a redirect or 403) and the caller must write nothing more.
     */
    public boolean admit(HttpServletRequest request, HttpServletResponse response) throws IOException {
        UserKey user = userManager.getRemoteUserKey(request);
        if (user == null) {
            response.sendRedirect(loginUriProvider.getLoginUri(requestUri(request)).toASCIIString());
            return false;
        }
        if (!userManager.isAdmin(user)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return false;
        }
        try {
            webSudoManager.willExecuteWebSudoRequest(request);
            return true;
        } catch (WebSudoSessionException noSecureSession) {
            webSudoManager.enforceWebSudoProtection(request, response);
            return false;
        }
    }

    private static URI requestUri(HttpServletRequest request) {
        StringBuffer url = request.getRequestURL();
        if (request.getQueryString() != null) {
            url.append('?').append(request.getQueryString());
        }
        return URI.create(url.toString());
    }
}
