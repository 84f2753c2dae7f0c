package com.atlassian.activeobjects.external;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.activeobjects.external.ModelVersion} (activeobjects-plugin).
 * Unlike the other stubs this is a REAL, working implementation (tests use it as a value) that copies the
 * published class: a final int-backed {@code Comparable}; {@code valueOf(null)} is version 0, a non-numeric string
 * throws {@link NumberFormatException}. Like the real class it does NOT override {@code equals}/{@code hashCode}:
 * compare with {@link #isSame} or {@link #compareTo}, never {@code equals}.
 */
public final class ModelVersion implements Comparable<ModelVersion> {
    private final int version;

    private ModelVersion(int version) {
        this.version = version;
    }

    @Override
    public int compareTo(ModelVersion mv) {
        return version - mv.version;
    }

    public boolean isOlderThan(ModelVersion mv) {
        return compareTo(mv) < 0;
    }

    public boolean isNewerThan(ModelVersion mv) {
        return compareTo(mv) > 0;
    }

    public boolean isSame(ModelVersion mv) {
        return compareTo(mv) == 0;
    }

    @Override
    public String toString() {
        return String.valueOf(version);
    }

    public static ModelVersion valueOf(String s) {
        return s == null ? zero() : new ModelVersion(Integer.valueOf(s));
    }

    private static ModelVersion zero() {
        return new ModelVersion(0);
    }
}
