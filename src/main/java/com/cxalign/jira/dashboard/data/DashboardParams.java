package com.cxalign.jira.dashboard.data;

/**
 * A dashboard request's query parameters as the client sent them (null when left out), checked by
 * {@link DashboardFilter#of}: {@code projects} ids separated by commas, {@code goal} (alignment) or {@code channel}
 * (feedback loop), {@code since} an ISO day, and {@code start}/{@code limit} for the page of issues.
 */
public record DashboardParams(String projects, String goal, String channel, String since, String start,
                              String limit) {

    public static DashboardParams none() {
        return new DashboardParams(null, null, null, null, null, null);
    }
}
