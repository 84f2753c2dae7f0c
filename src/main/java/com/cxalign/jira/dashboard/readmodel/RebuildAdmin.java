package com.cxalign.jira.dashboard.readmodel;

import com.cxalign.jira.platform.security.Access;
import com.cxalign.jira.platform.security.Actor;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The rebuild as administrators see it: its last run, and starting one now. */
public class RebuildAdmin {

    private static final Logger LOG = LoggerFactory.getLogger(RebuildAdmin.class);

    private final ReadModelRebuild rebuild;
    private final RebuildScheduler scheduler;

    public RebuildAdmin(ReadModelRebuild rebuild, RebuildScheduler scheduler) {
        this.rebuild = rebuild;
        this.scheduler = scheduler;
    }

    public Optional<RebuildReport> latest(Actor actor) {
        Access.requireAdmin(actor);
        return rebuild.latest();
    }

    public Optional<RebuildReport> start(Actor actor) {
        Access.requireAdmin(actor);
        scheduler.scheduleRebuild();
        LOG.info("User {} started a rebuild of CX Align's dashboard data", actor.userKey());
        return rebuild.latest();
    }
}
