package com.atlassian.jira.security.plugin;

import java.util.Objects;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.jira.security.plugin.ProjectPermissionKey} (jira-api).
 * Like UserKey this is a REAL, working value class (the ProjectPermissions constants are instances): final,
 * string-valued, equality and hash code by key.
 */
public final class ProjectPermissionKey {

    private final String permissionKey;

    public ProjectPermissionKey(String permissionKey) {
        this.permissionKey = Objects.requireNonNull(permissionKey, "permissionKey");
    }

    public String permissionKey() {
        return permissionKey;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProjectPermissionKey && permissionKey.equals(((ProjectPermissionKey) o).permissionKey);
    }

    @Override
    public int hashCode() {
        return permissionKey.hashCode();
    }

    @Override
    public String toString() {
        return permissionKey;
    }
}
