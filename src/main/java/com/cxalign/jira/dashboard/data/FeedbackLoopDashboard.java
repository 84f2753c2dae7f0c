package com.cxalign.jira.dashboard.data;

import com.cxalign.jira.dashboard.data.AlignmentDashboard.IssuePage;

import java.util.List;

/**
 * What the "Feedback loop closure" dashboard item shows, as {@code GET /dashboard/feedback-loop} returns it: the
 * loop funnel (received, acted on, resolved, customer told) with its rates, how many days it takes to tell the
 * customer (median and 90th percentile, from received to told), the open loops by age and by channel, and a page of
 * the oldest open loops. Only the projects the user may browse are counted.
 *
 * @param actedOnPercent whole percent of {@code received}; the rates are null when nothing was received
 */
public record FeedbackLoopDashboard(int received, int actedOn, int resolved, int customerTold,
                                    Integer actedOnPercent, Integer resolvedPercent, Integer customerToldPercent,
                                    Integer medianDaysToTell, Integer p90DaysToTell, List<AgeBucket> openByAge,
                                    List<ChannelCount> openByChannel, IssuePage oldestOpen, List<Long> projectIds) {

    public FeedbackLoopDashboard {
        openByAge = List.copyOf(openByAge);
        openByChannel = List.copyOf(openByChannel);
        projectIds = List.copyOf(projectIds);
    }

    /** Open loops received {@code fromDays} to {@code toDays} days ago ({@code toDays} null: older). */
    public record AgeBucket(String label, int fromDays, Integer toDays, int count) {
    }

    /** Open loops from one channel ({@code FeedbackChannel} name, or null for none chosen). */
    public record ChannelCount(String channel, int count) {
    }
}
