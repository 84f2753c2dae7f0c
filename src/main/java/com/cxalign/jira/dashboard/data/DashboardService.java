package com.cxalign.jira.dashboard.data;

import com.cxalign.jira.catalog.model.Goal;
import com.cxalign.jira.dashboard.data.DashboardCatalog.Snapshot;
import com.cxalign.jira.platform.errors.FieldError;
import com.cxalign.jira.platform.errors.ValidationException;
import com.cxalign.jira.platform.security.Access;
import com.cxalign.jira.platform.security.Actor;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * The dashboards' data for a logged-in user (401 otherwise), counting only the projects the user may browse: of
 * those asked for, or all of them when none is asked for. A user who may browse no project gets zeros, not an error.
 * Each request runs a fixed number of SQL statements whatever the amount of data (see {@link AlignmentQueries},
 * {@link FeedbackLoopQueries}, {@link DashboardCatalog}); days ({@code since}, metric dates) are Jira's time zone's.
 */
public class DashboardService {

    private final DashboardCatalog catalog;
    private final AlignmentQueries alignment;
    private final FeedbackLoopQueries feedbackLoop;
    private final BrowsableProjects browsable;
    private final Clock clock;
    private final ZoneId zone;

    public DashboardService(DashboardCatalog catalog, AlignmentQueries alignment, FeedbackLoopQueries feedbackLoop,
                            BrowsableProjects browsable, Clock clock, ZoneId zone) {
        this.catalog = catalog;
        this.alignment = alignment;
        this.feedbackLoop = feedbackLoop;
        this.browsable = browsable;
        this.clock = clock;
        this.zone = zone;
    }

    /** {@code GET /dashboard/alignment}: {@code channel} is not one of its parameters and is ignored. */
    public AlignmentDashboard alignment(Actor actor, DashboardParams params) {
        Access.requireLoggedIn(actor);
        DashboardFilter filter = DashboardFilter.of(params);
        Snapshot snapshot = catalog.read(actor);
        if (filter.goalId() != null && snapshot.goals().stream().map(Goal::id).noneMatch(filter.goalId()::equals)) {
            throw new ValidationException(List.of(FieldError.of("goal", "cx-align.dashboard.goal.unknown",
                    filter.goalId())));
        }
        Set<Long> projects = filter.projectsOf(browsable.of(actor));
        return alignment.dashboard(snapshot, projects, filter, since(filter), LocalDate.now(clock.withZone(zone)));
    }

    /** {@code GET /dashboard/feedback-loop}: {@code goal} is not one of its parameters and is ignored. */
    public FeedbackLoopDashboard feedbackLoop(Actor actor, DashboardParams params) {
        Access.requireLoggedIn(actor);
        DashboardFilter filter = DashboardFilter.of(params);
        Set<Long> projects = filter.projectsOf(browsable.of(actor));
        return feedbackLoop.dashboard(projects, filter, since(filter), clock.instant());
    }

    private Instant since(DashboardFilter filter) {
        return filter.since() == null ? null : filter.since().atStartOfDay(zone).toInstant();
    }
}
