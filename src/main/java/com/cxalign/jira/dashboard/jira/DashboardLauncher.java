package com.cxalign.jira.dashboard.jira;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import com.cxalign.jira.dashboard.readmodel.ReadModelRebuild;
import com.cxalign.jira.dashboard.readmodel.RebuildScheduler;

import java.time.Clock;
import java.util.Date;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the dashboards' read model on every node: listens to Jira's events and registers the rebuild job's runner
 * (every node must know it, whichever node the scheduler picks). When the read model has never been built (first
 * install), schedules the rebuild once, for one node of the cluster. Stopping unregisters both; the tables stay.
 */
public class DashboardLauncher implements LifecycleAware, RebuildScheduler {

    private static final String JOB = "com.cxalign.cx-align-jira.read-model-rebuild";
    static final JobRunnerKey RUNNER = JobRunnerKey.of(JOB);
    static final JobId REBUILD = JobId.of(JOB);
    private static final Logger LOG = LoggerFactory.getLogger(DashboardLauncher.class);

    private final EventPublisher events;
    private final SchedulerService scheduler;
    private final ReadModelListener listener;
    private final ReadModelRebuildJob job;
    private final ReadModelRebuild rebuild;
    private final Clock clock;

    public DashboardLauncher(EventPublisher events, SchedulerService scheduler, ReadModelListener listener,
                             ReadModelRebuildJob job, ReadModelRebuild rebuild, Clock clock) {
        this.events = events;
        this.scheduler = scheduler;
        this.listener = listener;
        this.job = job;
        this.rebuild = rebuild;
        this.clock = clock;
    }

    @Override
    public void onStart() {
        events.register(listener);
        scheduler.registerJobRunner(RUNNER, job);
        try {
            if (rebuild.latest().isEmpty()) {
                scheduleRebuild();
            }
        } catch (RuntimeException e) {
            LOG.error("CX Align could not schedule the first build of its dashboards' data", e);
        }
    }

    @Override
    public void onStop() {
        events.unregister(listener);
        scheduler.unregisterJobRunner(RUNNER);
    }

    /** Runs the rebuild as soon as the scheduler can, on one node; scheduling it again replaces the pending run. */
    @Override
    public void scheduleRebuild() {
        try {
            scheduler.scheduleJob(REBUILD, JobConfig.forJobRunnerKey(RUNNER)
                    .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                    .withSchedule(Schedule.runOnce(Date.from(clock.instant()))));
        } catch (SchedulerServiceException e) {
            throw new IllegalStateException("Jira's scheduler refused the rebuild of CX Align's dashboard data", e);
        }
    }
}
