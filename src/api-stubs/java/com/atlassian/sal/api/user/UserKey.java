package com.atlassian.sal.api.user;

import java.io.Serializable;
import java.util.Objects;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.sal.api.user.UserKey} (sal-api).
 * Unlike the other stubs this is a REAL, working value class (tests use it as a value); its behaviour copies
 * the published class: {@code final}, {@code Serializable} (serialVersionUID 1), string-valued,
 * equality and hash code by string value, {@code toString()} returns the string value.
 */
public final class UserKey implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String userkey;

    /**
     * Builds a UserKey from its string representation.
     *
     * @param userkey the string representation of a UserKey; must not be null
     */
    public UserKey(String userkey) {
        Objects.requireNonNull(userkey, "userkey");
        this.userkey = userkey;
    }

    /** @return the string representation of this key */
    public String getStringValue() {
        return userkey;
    }

    @Override
    public String toString() {
        return getStringValue();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || getClass() != o.getClass()) {
            return false;
        }
        return userkey.equals(((UserKey) o).userkey);
    }

    @Override
    public int hashCode() {
        return userkey.hashCode();
    }

    /**
     * Builds a UserKey from a numeric id (the id is converted to a String).
     *
     * @param userId a user id
     * @return the key
     */
    public static UserKey fromLong(long userId) {
        return new UserKey(String.valueOf(userId));
    }
}
