package com.atlassian.sal.api.auth;

import java.net.URI;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.sal.api.auth.LoginUriProvider} (sal-api); only the member
 * this plugin calls. The real interface also has {@code getLoginUri(URI, EnumSet<PageCapability>)} and
 * {@code getLoginUriForRole(..)} overloads.
 */
public interface LoginUriProvider {

    /**
     * @param returnUri URI the user is sent back to after logging in
     * @return the URI of the login page, carrying {@code returnUri}
     */
    URI getLoginUri(URI returnUri);
}
