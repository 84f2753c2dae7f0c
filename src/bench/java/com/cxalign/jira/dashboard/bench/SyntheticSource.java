package com.cxalign.jira.dashboard.bench;

import com.cxalign.jira.dashboard.readmodel.IssueFacts;
import com.cxalign.jira.dashboard.readmodel.ReadModelSource;
import com.cxalign.jira.dashboard.readmodel.SourcedIssue;
import com.cxalign.jira.initiative.CxIssue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * A Jira of {@code issues} CX issues made in memory, for the rebuild: {@value #PROJECTS} projects of equal size,
 * one issue in eleven an initiative (addressing the two to eight feedback issues that follow it), the others
 * feedback (45% with their loop closed). Loading an issue costs next to nothing, so the rebuild's rate is the read
 * model's writing, not Jira's reading.
 */
final class SyntheticSource implements ReadModelSource {

    static final int PROJECTS = 40;
    private static final long FIRST_ID = 5_000_001;

    private final int issues;
    private final BenchIssues make;
    private final Instant now;
    private final ZoneId zone;

    SyntheticSource(int issues, BenchIssues make, Instant now, ZoneId zone) {
        this.issues = issues;
        this.make = make;
        this.now = now;
        this.zone = zone;
    }

    @Override
    public List<Long> projectIds() {
        List<Long> ids = new ArrayList<>();
        for (int p = 0; p < PROJECTS; p++) {
            ids.add(40_001L + p);
        }
        return ids;
    }

    @Override
    public List<Long> issueIds(long projectId) {
        int project = (int) (projectId - 40_001L);
        List<Long> ids = new ArrayList<>();
        for (int n = project; n < issues; n += PROJECTS) {
            ids.add(FIRST_ID + n);
        }
        return ids;
    }

    @Override
    public Optional<SourcedIssue> load(long issueId) {
        int n = (int) (issueId - FIRST_ID);
        if (n < 0 || n >= issues) {
            return Optional.empty();
        }
        SplittableRandom random = new SplittableRandom(issueId);
        long projectId = 40_001L + n % PROJECTS;
        String key = "R" + (n % PROJECTS + 1) + "-" + n;
        Instant created = now.minus(Duration.ofDays(1 + random.nextInt(700)));
        String status = BenchData.STATUS[random.nextInt(3)];
        IssueFacts facts = new IssueFacts(status, created, created.plus(Duration.ofDays(1)),
                status.equals(IssueFacts.DONE) ? created.plus(Duration.ofDays(1)) : null);
        if ((n / PROJECTS) % 11 == 0) {
            List<Long> addressed = new ArrayList<>();
            int links = 2 + random.nextInt(7);
            for (int l = 1; l <= links; l++) {
                long feedback = issueId + (long) l * PROJECTS;
                if (feedback < FIRST_ID + issues) {
                    addressed.add(feedback);
                }
            }
            boolean aligned = random.nextDouble() < 0.6;
            CxIssue issue = make.initiative(issueId, key, projectId, created, random.nextInt(BenchCatalog.GOALS),
                    aligned ? 0 : -1, aligned, 20, 35, -1, 120);
            return Optional.of(new SourcedIssue(issue, facts, addressed));
        }
        LocalDate told = random.nextDouble() < 0.45
                ? created.atZone(zone).toLocalDate().plusDays(random.nextInt(60)) : null;
        CxIssue issue = make.feedback(issueId, key, projectId, created, random.nextInt(7), random.nextInt(3), told);
        return Optional.of(new SourcedIssue(issue, facts, List.of()));
    }
}
