package com.cxalign.jira.platform.security;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class ActorTest {

    @Test
    public void anAnonymousVisitorHasNoUserKeyAndIsNoAdministrator() {
        Actor nobody = Actor.anonymous();

        assertTrue(nobody.isAnonymous());
        assertNull(nobody.userKey());
        assertFalse(nobody.admin());
    }

    @Test
    public void aUserIsKnownByTheirKey() {
        Actor user = Actor.user("JIRAUSER10100");

        assertFalse(user.isAnonymous());
        assertEquals("JIRAUSER10100", user.userKey());
        assertFalse(user.admin());
        assertTrue(Actor.admin("JIRAUSER10000").admin());
    }

    @Test
    public void anAnonymousAdministratorCannotExist() {
        assertThrows(IllegalArgumentException.class, () -> new Actor(null, true));
    }

    @Test
    public void aBlankUserKeyIsRefusedRatherThanTakenForSomebody() {
        assertThrows(IllegalArgumentException.class, () -> Actor.user(" "));
        assertThrows(IllegalArgumentException.class, () -> Actor.admin(null));
    }
}
