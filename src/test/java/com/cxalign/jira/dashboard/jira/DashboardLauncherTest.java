package com.cxalign.jira.dashboard.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import com.cxalign.jira.dashboard.readmodel.ReadModelRebuild;
import com.cxalign.jira.dashboard.readmodel.RebuildReport;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;

import org.junit.Test;

/** Starting and stopping the read model on a node, and its rebuild job, against Jira's services (Mockito). */
public class DashboardLauncherTest {

    private static final Instant NOW = Instant.parse("2026-11-02T09:00:00Z");

    private final EventPublisher events = mock(EventPublisher.class);
    private final SchedulerService scheduler = mock(SchedulerService.class);
    private final ReadModelListener listener = mock(ReadModelListener.class);
    private final ReadModelRebuild rebuild = mock(ReadModelRebuild.class);
    private final ReadModelRebuildJob job = new ReadModelRebuildJob(rebuild);
    private final DashboardLauncher launcher = new DashboardLauncher(events, scheduler, listener, job, rebuild,
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    public void theFirstStartListensRegistersTheJobAndSchedulesTheFirstBuildOnceForTheCluster() throws Exception {
        when(rebuild.latest()).thenReturn(Optional.empty());

        launcher.onStart();

        verify(events).register(listener);
        verify(scheduler).registerJobRunner(DashboardLauncher.RUNNER, job);
        verify(scheduler).scheduleJob(DashboardLauncher.REBUILD, JobConfig.forJobRunnerKey(DashboardLauncher.RUNNER)
                .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER).withSchedule(Schedule.runOnce(Date.from(NOW))));
    }

    @Test
    public void laterStartsDoNotRebuildAndStoppingUnregistersEverything() throws Exception {
        when(rebuild.latest()).thenReturn(Optional.of(new RebuildReport(1, "DONE", NOW, NOW, 10, 4, 0, null)));

        launcher.onStart();
        launcher.onStop();

        verify(scheduler, never()).scheduleJob(any(), any());
        verify(events).unregister(listener);
        verify(scheduler).unregisterJobRunner(DashboardLauncher.RUNNER);
    }

    @Test
    public void aSchedulerThatRefusesIsAClearErrorForTheAdminButNotForJirasStart() throws Exception {
        when(rebuild.latest()).thenReturn(Optional.empty());
        doThrow(new SchedulerServiceException("no")).when(scheduler).scheduleJob(any(), any());

        launcher.onStart();

        verify(events).register(listener);
        assertThrows(IllegalStateException.class, launcher::scheduleRebuild);
    }

    @Test
    public void theJobReportsWhatTheRebuildDidOrWhyItFailed() {
        when(rebuild.run()).thenReturn(new RebuildReport(2, "DONE", NOW, NOW, 120, 40, 3, null));
        assertEquals(JobRunnerResponse.success("CX Align read model rebuilt: 120 issues seen, 40 rows written,"
                + " 3 removed").toString(), job.runJob(null).toString());

        when(rebuild.run()).thenThrow(new IllegalStateException("database gone"));
        assertEquals(JobRunnerResponse.failed("CX Align read model rebuild failed: database gone").toString(),
                job.runJob(null).toString());
    }
}
