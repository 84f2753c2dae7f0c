package com.atlassian.jira.icon;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.jira.icon.IconOwningObjectId} (jira-api): the id of the
 * object (project, user, issue type...) an avatar belongs to; only the constructor this plugin calls. The real class
 * also has {@code static from(long)} and {@code String getId()}. Because the plugin creates one on the code path its
 * tests run, the stub is a working value (equality by id) instead of throwing, like {@link IconType}.
 */
public final class IconOwningObjectId {

    private final String id;

    public IconOwningObjectId(String id) {
        this.id = id;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IconOwningObjectId && java.util.Objects.equals(id, ((IconOwningObjectId) o).id);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hashCode(id);
    }

    @Override
    public String toString() {
        return String.valueOf(id);
    }
}
