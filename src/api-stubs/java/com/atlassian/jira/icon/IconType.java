package com.atlassian.jira.icon;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.jira.icon.IconType} (jira-api; {@code @ExperimentalApi}, a
 * plain public class, not final); only the constant this plugin uses. The real class also has
 * {@code PROJECT_ICON_TYPE}, {@code USER_ICON_TYPE}, {@code static of(String)} and {@code getKey()}. The constant is a
 * working value (equality by key, as in Jira) so tests can pass it around; its key is Jira's icon type key.
 */
public class IconType {

    public static final IconType ISSUE_TYPE_ICON_TYPE = new IconType("issuetype");

    private final String key;

    private IconType(String key) {
        this.key = key;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IconType && key.equals(((IconType) o).key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return key;
    }
}
