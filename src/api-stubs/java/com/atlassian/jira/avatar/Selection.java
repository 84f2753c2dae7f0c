package com.atlassian.jira.avatar;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.jira.avatar.Selection} (jira-api, {@code @PublicApi public
 * final class}): a cropping rectangle. The plugin only passes {@code null} for it, so no member is stubbed; the real
 * class has a public {@code Selection(int topLeftX, int topLeftY, int width, int height)} constructor and getters.
 * The private constructor keeps code from creating one through the stub.
 */
public final class Selection {

    private Selection() {
        throw new UnsupportedOperationException("API stub: provided by Jira at run time");
    }
}
