package com.cxalign.jira.platform.security;

import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;

import javax.servlet.http.HttpServletRequest;

import org.junit.Test;

public class CurrentActorTest {

    private final UserManager userManager = mock(UserManager.class);
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final CurrentActor currentActor = new CurrentActor(userManager);

    @Test
    public void aRequestWithoutAUserIsAnonymous() {
        assertEquals(Actor.anonymous(), currentActor.of(request));
    }

    @Test
    public void aRequestOfAUserCarriesTheirKey() {
        when(userManager.getRemoteUserKey(request)).thenReturn(new UserKey("JIRAUSER10100"));

        assertEquals(Actor.user("JIRAUSER10100"), currentActor.of(request));
    }

    @Test
    public void aRequestOfAnAdministratorSaysSo() {
        UserKey admin = new UserKey("JIRAUSER10000");
        when(userManager.getRemoteUserKey(request)).thenReturn(admin);
        when(userManager.isAdmin(admin)).thenReturn(true);

        assertEquals(Actor.admin("JIRAUSER10000"), currentActor.of(request));
    }
}
