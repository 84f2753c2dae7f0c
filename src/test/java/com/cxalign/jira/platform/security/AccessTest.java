package com.cxalign.jira.platform.security;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import com.cxalign.jira.platform.errors.ForbiddenException;
import com.cxalign.jira.platform.errors.NotLoggedInException;

import org.junit.Test;

public class AccessTest {

    @Test
    public void anyLoggedInUserPassesTheLoginCheck() {
        Access.requireLoggedIn(Actor.user("agent"));
        Access.requireLoggedIn(Actor.admin("boss"));
    }

    @Test
    public void anAnonymousVisitorFailsTheLoginCheck() {
        assertThrows(NotLoggedInException.class, () -> Access.requireLoggedIn(Actor.anonymous()));
    }

    @Test
    public void anAdministratorPassesTheAdministratorCheck() {
        Access.requireAdmin(Actor.admin("boss"));
    }

    @Test
    public void aUserWhoIsNotAnAdministratorIsForbiddenInPlainWords() {
        ForbiddenException refused = assertThrows(ForbiddenException.class,
                () -> Access.requireAdmin(Actor.user("agent")));

        assertEquals("cx-align.error.forbidden", refused.getMessageKey());
    }

    @Test
    public void anAnonymousVisitorOfAnAdministratorsOperationIsAskedToLogInFirst() {
        assertThrows(NotLoggedInException.class, () -> Access.requireAdmin(Actor.anonymous()));
    }
}
