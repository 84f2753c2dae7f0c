package com.cxalign.jira.dashboard.bench;

import com.cxalign.jira.dashboard.data.AlignmentDashboard;
import com.cxalign.jira.dashboard.data.AlignmentQueries;
import com.cxalign.jira.dashboard.data.DashboardParams;
import com.cxalign.jira.dashboard.data.DashboardService;
import com.cxalign.jira.dashboard.data.Dashboards;
import com.cxalign.jira.dashboard.data.FeedbackLoopDashboard;
import com.cxalign.jira.dashboard.data.FeedbackLoopQueries;
import com.cxalign.jira.dashboard.readmodel.ReadModelRebuild;
import com.cxalign.jira.dashboard.readmodel.RebuildReport;
import com.cxalign.jira.initiative.Initiatives;
import com.cxalign.jira.platform.security.Actor;
import com.cxalign.jira.testing.ao.TestDatabase;
import com.cxalign.jira.testing.cache.LocalSnapshotCache;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;

import org.junit.runner.Description;

/**
 * The dashboards at Data Center volume, on H2 and PostgreSQL in one run: 100,000 initiatives and 1,000,000 feedback
 * rows over 500 projects and 20 goals ({@link BenchData}), seeded straight into the read model's tables that Active
 * Objects created. For each database it measures
 * <ol>
 *     <li>each dashboard endpoint's server time, as the REST resource calls {@code DashboardService} (everything
 *     but JSON and HTTP), for a user who may browse all 500 projects and one who may browse 50, over all time and
 *     over the last 90 days (the items' default), the catalogue's snapshot cached as in Jira, next to the same
 *     main numbers as one hand-written SQL statement ({@link HandWrittenSql}), call by call in turn, after
 *     warm-up calls: p50, p95 and their ratio;</li>
 *     <li>one read-model update per issue event ({@code ReadModel.refresh}) on the seeded tables;</li>
 *     <li>the full rebuild's rows per second, over an in-memory Jira of synthetic issues, into an empty read model
 *     (first install) and again over its own rows (drift repair).</li>
 * </ol>
 * A plain harness rather than JMH: each call takes from milliseconds to seconds and the percentiles of single
 * calls are what is asked for. The databases are the tests' ({@code ActiveObjectsRule}: H2 in memory, a real
 * PostgreSQL 16 server), with connections from a pool (c3p0, in the {@code bench} profile) as Jira has one.
 *
 * <pre>
 * mvn -B -Pbench -DskipTests test-compile exec:exec \
 *     -Dexec.args="-Xmx8g -classpath %classpath com.cxalign.jira.dashboard.bench.DashboardBenchmark"
 * </pre>
 * ({@code -DskipTests} skips the step that installs the browser tests' assets, which would be handed the same
 * {@code exec.args}.)
 * Settings (as {@code -D} inside {@code exec.args}): {@code bench.databases} (default {@code h2,postgres}),
 * {@code bench.initiatives} (100000), {@code bench.feedback} (1000000), {@code bench.warmups} (5),
 * {@code bench.calls} (30), {@code bench.events} (1000), {@code bench.rebuildIssues} (20000). The report goes to
 * standard output and to {@code target/dashboard-benchmark.md}.
 */
public final class DashboardBenchmark {

    static final long SEED = 20_261_102L;
    /** The period the dashboard items show unless set otherwise ({@code cx-dashboard-common.js}). */
    static final int PERIOD_DAYS = 90;
    private static final Actor ALL = Actor.user("all-projects-key");
    private static final Actor FIFTY = Actor.user("fifty-projects-key");

    private final int initiatives = Integer.getInteger("bench.initiatives", 100_000);
    private final int feedback = Integer.getInteger("bench.feedback", 1_000_000);
    private final int warmups = Integer.getInteger("bench.warmups", 5);
    private final int calls = Integer.getInteger("bench.calls", 30);
    private final int events = Integer.getInteger("bench.events", 1_000);
    private final int rebuildIssues = Integer.getInteger("bench.rebuildIssues", 20_000);
    private final StringBuilder report = new StringBuilder();
    private final long started = System.nanoTime();

    public static void main(String[] args) throws Throwable {
        System.setProperty("com.mchange.v2.log.MLog", "com.mchange.v2.log.FallbackMLog");
        System.setProperty("com.mchange.v2.log.FallbackMLog.DEFAULT_CUTOFF_LEVEL", "WARNING");
        // H2 keeps the last result of each statement per connection and hands it out again while no table changed;
        // in a Jira where issue events change the read model all the time that would flatter H2, so it is off.
        System.setProperty("h2.queryCacheSize", "0");
        System.setProperty("h2.optimizeReuseResults", "false");
        DashboardBenchmark benchmark = new DashboardBenchmark();
        String databases = System.getProperty("bench.databases", "h2,postgres");
        benchmark.header();
        for (String database : databases.split(",")) {
            benchmark.runOn(database.trim());
        }
        benchmark.line("Whole run: %.0f s; load average (1, 5, 15 min) at the end: %s.", benchmark.seconds(),
                loadAverage());
        String text = benchmark.report.toString();
        System.out.println();
        System.out.println(text);
        Path out = Path.of("target", "dashboard-benchmark.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text);
        System.exit(0);
    }

    private void header() {
        line("# Dashboard benchmark");
        line("");
        line("%,d initiatives and %,d feedback rows over %d projects and %d goals; %d warm-up and %d measured calls"
                + " per endpoint and user; %,d events; a rebuild of %,d issues. JDK %s, %d cores, heap %d MB.",
                initiatives, feedback, BenchData.PROJECTS, BenchCatalog.GOALS, warmups, calls, events, rebuildIssues,
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        line("");
        line("Load average (1, 5, 15 min) at the start: %s.", loadAverage());
    }

    private void runOn(String database) throws Throwable {
        System.setProperty(TestDatabase.PROPERTY, database);
        progress("%s: rebuild", database);
        List<String> rebuild = new ArrayList<>();
        inDatabase(database, initiatives -> rebuild.addAll(rebuild(initiatives)));
        progress("%s: seeding", database);
        inDatabase(database, initiatives -> seededMeasurements(database, initiatives, rebuild));
    }

    private void seededMeasurements(String database, Initiatives initiatives, List<String> rebuild)
            throws Exception {
        BenchCatalog catalog = new BenchCatalog(initiatives);
        Dashboards dashboards = new Dashboards(initiatives);
        BenchData data = new BenchData(this.initiatives, feedback, dashboards.now, Initiatives.ZONE, SEED);
        String product;
        List<String> settings = new ArrayList<>();
        long seedStart = System.nanoTime();
        try (Connection connection = initiatives.catalog.ao().connection()) {
            new Seeder(dashboards.sql, connection).seed(data, catalog);
            double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
            long analyzeStart = System.nanoTime();
            analyze(database, connection, dashboards);
            double analyzeSeconds = (System.nanoTime() - analyzeStart) / 1e9;
            progress("%s: seeded in %.0f s; connections are %s", database, seedSeconds,
                    connection.getClass().getName());
            product = connection.getMetaData().getDatabaseProductName() + " "
                    + connection.getMetaData().getDatabaseProductVersion();
            if (database.equals("postgres")) {
                for (String setting : List.of("shared_buffers", "work_mem", "effective_cache_size", "fsync",
                        "synchronous_commit", "max_parallel_workers_per_gather")) {
                    settings.add(setting + " " + show(connection, setting));
                }
            }
            line("");
            line("## %s", product);
            line("");
            if (!settings.isEmpty()) {
                line("Server settings: %s.", String.join(", ", settings));
                line("");
            }
            line("Seeded %,d initiative, %,d feedback and %,d link rows in %.0f s (%,.0f rows/s), then %s in %.0f s.",
                    data.initiatives, data.feedback, data.links, seedSeconds,
                    (data.initiatives + data.feedback + data.links) / seedSeconds,
                    database.equals("postgres") ? "VACUUM ANALYZE" : "ANALYZE", analyzeSeconds);
        }
        Set<Long> all = new HashSet<>();
        Set<Long> fifty = new HashSet<>();
        for (int rank = 0; rank < BenchData.PROJECTS; rank++) {
            all.add(data.projectId(rank));
            if (rank % 10 == 4) {
                fifty.add(data.projectId(rank));
            }
        }
        dashboards.browsable.allow(ALL.userKey(), all.stream().mapToLong(Long::longValue).toArray());
        dashboards.browsable.allow(FIFTY.userKey(), fifty.stream().mapToLong(Long::longValue).toArray());
        long fiftyInitiatives = countIn(data.iProject, fifty, data);
        long fiftyFeedback = countIn(data.fProject, fifty, data);
        line("The 50-project user may browse the projects ranked 5, 15, ..., 495 by size: %,d initiatives and %,d"
                + " feedback rows (%.0f%% of them).", fiftyInitiatives, fiftyFeedback,
                100.0 * (fiftyInitiatives + fiftyFeedback) / (data.initiatives + data.feedback));
        line("");

        progress("%s: endpoints", database);
        // The service as the plugin wires it (plugin-context.xml), over the tests' ReadModelSql, timed statement by
        // statement to show where the time goes.
        TimedSql timed = new TimedSql(dashboards.sql);
        // The catalogue's snapshot stays in its cache between calls, as in Jira between catalogue changes.
        DashboardService service = new DashboardService(Dashboards.catalogOver(initiatives.catalog, timed,
                new LocalSnapshotCache<>()), new AlignmentQueries(timed), new FeedbackLoopQueries(timed),
                dashboards.browsable, initiatives.catalog.clock, Initiatives.ZONE);
        HandWrittenSql hand = new HandWrittenSql(dashboards.sql);
        line("| endpoint | user | calls | service p50 (ms) | service p95 (ms) | one statement p50 (ms) |"
                + " one statement p95 (ms) | ratio p50 | ratio p95 |");
        line("|---|---|---:|---:|---:|---:|---:|---:|---:|");
        List<String> breakdown = new ArrayList<>();
        LocalDate today = LocalDate.ofInstant(dashboards.now, Initiatives.ZONE);
        for (Actor user : List.of(ALL, FIFTY)) {
            Set<Long> projects = user == ALL ? all : fifty;
            for (Integer days : java.util.Arrays.asList(null, PERIOD_DAYS)) {
                // no period: the heaviest request; the last 90 days: what the dashboard items show unless set otherwise
                String who = (user == ALL ? "all 500" : "50") + " projects, "
                        + (days == null ? "all time" : "last " + days + " days");
                String sinceDay = days == null ? null : today.minusDays(days).toString();
                Instant since = days == null ? null : today.minusDays(days).atStartOfDay(Initiatives.ZONE).toInstant();
                DashboardParams params = new DashboardParams(null, null, null, sinceDay, null, null);
                AlignmentDashboard alignment = service.alignment(user, params);
                HandWrittenSql.check(alignment, hand.alignment(projects, since));
                breakdown.add(compare("`/dashboard/alignment`", who, timed,
                        () -> service.alignment(user, params), () -> hand.alignment(projects, since)));
                FeedbackLoopDashboard loop = service.feedbackLoop(user, params);
                HandWrittenSql.check(loop, hand.feedbackLoop(projects, since, dashboards.now));
                breakdown.add(compare("`/dashboard/feedback-loop`", who, timed,
                        () -> service.feedbackLoop(user, params),
                        () -> hand.feedbackLoop(projects, since, dashboards.now)));
                if (user == ALL) {
                    progress("%s, %s: received %,d, acted on %,d, told %,d, median %s, p90 %s days; %d goals, %d"
                            + " unaligned, %d open loops", database, who, loop.received(), loop.actedOn(),
                            loop.customerTold(), loop.medianDaysToTell(), loop.p90DaysToTell(),
                            alignment.goals().size(), alignment.unaligned().total(), loop.oldestOpen().total());
                }
            }
        }
        line("");
        line("Where the service's time goes (p50 per call, ms; \"rest\": the catalogue's reads through Active"
                + " Objects and the Java around the statements):");
        line("");
        line("| endpoint | user | statements | p50 of each kind of statement (ms) |");
        line("|---|---|---:|---|");
        breakdown.forEach(this::line);
        line("");

        progress("%s: events", database);
        RefreshEvents refresh = new RefreshEvents(data, new BenchIssues(catalog, Initiatives.ZONE));
        SplittableRandom random = new SplittableRandom(SEED + 1);
        RefreshEvents.run(dashboards.readModel, refresh.make(Math.max(40, events / 10), random));
        List<RefreshEvents.Event> measured = refresh.make(events, random);
        double links = measured.stream().filter(e -> e.kind() == RefreshEvents.Kind.INITIATIVE_UPDATED)
                .mapToInt(e -> e.addressed().size()).average().orElse(0);
        long[] gcBefore = gc();
        Map<RefreshEvents.Kind, List<Long>> times = RefreshEvents.run(dashboards.readModel, measured);
        long[] gcAfter = gc();
        List<Long> everything = new ArrayList<>();
        line("| read-model update (`ReadModel.refresh`) | events | p50 (ms) | p95 (ms) | max (ms) |");
        line("|---|---:|---:|---:|---:|");
        for (Map.Entry<RefreshEvents.Kind, List<Long>> kind : times.entrySet()) {
            everything.addAll(kind.getValue());
            Percentiles p = Percentiles.of(kind.getValue());
            String label = kind.getKey().label + (kind.getKey() == RefreshEvents.Kind.INITIATIVE_UPDATED
                    ? String.format(Locale.ROOT, ", %.1f links on average", links) : "");
            line("| %s | %d | %.2f | %.2f | %.1f |", label, p.count(), p.p50(), p.p95(), p.max());
        }
        Percentiles p = Percentiles.of(everything);
        line("| **all events** | %d | **%.2f** | **%.2f** | %.1f |", p.count(), p.p50(), p.p95(), p.max());
        line("");
        line("Garbage collections while the events ran: %d, %d ms in all.", gcAfter[0] - gcBefore[0],
                gcAfter[1] - gcBefore[1]);
        line("");
        rebuild.forEach(this::line);
        line("");
        progress("%s: done", database);
    }

    private List<String> rebuild(Initiatives initiatives) {
        BenchCatalog catalog = new BenchCatalog(initiatives);
        Dashboards dashboards = new Dashboards(initiatives);
        SyntheticSource source = new SyntheticSource(rebuildIssues,
                new BenchIssues(catalog, Initiatives.ZONE), dashboards.now, Initiatives.ZONE);
        ReadModelRebuild rebuild = new ReadModelRebuild(dashboards.ao, dashboards.readModel, source,
                initiatives.locks, initiatives.catalog.clock);
        List<String> lines = new ArrayList<>();
        lines.add("| full rebuild of " + String.format(Locale.ROOT, "%,d", rebuildIssues)
                + " issues in " + SyntheticSource.PROJECTS + " projects | rows written | seconds | rows per second |");
        lines.add("|---|---:|---:|---:|");
        for (String run : List.of("into an empty read model (first install)", "over its own rows (drift repair)")) {
            long start = System.nanoTime();
            RebuildReport report = rebuild.run();
            double seconds = (System.nanoTime() - start) / 1e9;
            if (!"DONE".equals(report.state())) {
                throw new IllegalStateException("The rebuild failed: " + report);
            }
            lines.add(String.format(Locale.ROOT, "| %s | %,d | %.1f | %,.0f |", run, report.rowsWritten(), seconds,
                    report.rowsWritten() / seconds));
            progress("rebuild %s: %,d rows in %.1f s", run, report.rowsWritten(), seconds);
        }
        return lines;
    }

    /**
     * Times the service and the hand-written statement call by call in turn (each first every other call, so that
     * drift and caches treat both alike): {@code warmups} calls first, fewer when they took over 30 s (at least 2),
     * then {@code calls} measured, fewer when they took over 150 s (at least 10). Adds the table row; returns the
     * breakdown row.
     */
    private String compare(String endpoint, String who, TimedSql timed, Supplier<Object> service,
                           Supplier<Object> hand) {
        List<Long> serviceTimes = new ArrayList<>();
        List<Long> handTimes = new ArrayList<>();
        Map<String, List<Long>> statementTimes = new LinkedHashMap<>();
        List<Long> rest = new ArrayList<>();
        int statements = 0;
        long warmupNanos = 0;
        long measuredNanos = 0;
        int warm = 0;
        for (int call = 0; ; call++) {
            boolean warming = warm < warmups && !(warm >= 2 && warmupNanos > 30e9);
            if (!warming && (serviceTimes.size() >= calls || serviceTimes.size() >= 10 && measuredNanos > 150e9)) {
                break;
            }
            boolean serviceFirst = call % 2 == 0;
            long handTime = 0;
            if (!serviceFirst) {
                handTime = time(hand);
            }
            timed.takeCall();
            long serviceTime = time(service);
            statements = timed.statements();
            Map<String, Long> parts = timed.takeCall();
            if (serviceFirst) {
                handTime = time(hand);
            }
            if (warming) {
                warm++;
                warmupNanos += serviceTime + handTime;
                continue;
            }
            measuredNanos += serviceTime + handTime;
            serviceTimes.add(serviceTime);
            handTimes.add(handTime);
            long inStatements = 0;
            for (Map.Entry<String, Long> part : parts.entrySet()) {
                statementTimes.computeIfAbsent(part.getKey(), key -> new ArrayList<>()).add(part.getValue());
                inStatements += part.getValue();
            }
            rest.add(serviceTime - inStatements);
        }
        Percentiles s = Percentiles.of(serviceTimes);
        Percentiles h = Percentiles.of(handTimes);
        line("| %s | %s | %d | %.1f | %.1f | %.1f | %.1f | %.2f | %.2f |", endpoint, who, s.count(), s.p50(), s.p95(),
                h.p50(), h.p95(), s.p50() / h.p50(), s.p95() / h.p95());
        progress("%s for %s (%d calls after %d warm-ups): service %.1f / %.1f ms, one statement %.1f / %.1f ms",
                endpoint, who, s.count(), warm, s.p50(), s.p95(), h.p50(), h.p95());
        List<String> parts = new ArrayList<>();
        statementTimes.forEach((purpose, nanos) -> parts.add(String.format(Locale.ROOT, "%s %.1f", purpose,
                Percentiles.of(nanos).p50())));
        parts.add(String.format(Locale.ROOT, "rest %.1f", Percentiles.of(rest).p50()));
        return String.format(Locale.ROOT, "| %s | %s | %d | %s |", endpoint, who, statements,
                String.join("; ", parts));
    }

    private static long time(Supplier<Object> call) {
        long start = System.nanoTime();
        Object result = call.get();
        long took = System.nanoTime() - start;
        if (result == null) {
            throw new IllegalStateException("no result");
        }
        return took;
    }

    private static void analyze(String database, Connection connection, Dashboards dashboards) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String table : List.of("INITIATIVE_ROW", "FEEDBACK_ROW", "FEEDBACK_LINK")) {
                statement.execute((database.equals("postgres") ? "VACUUM ANALYZE " : "ANALYZE TABLE ")
                        + dashboards.sql.table(table));
            }
        }
    }

    /** Collections so far and their time in milliseconds, over all collectors. */
    private static long[] gc() {
        long count = 0;
        long millis = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, collector.getCollectionCount());
            millis += Math.max(0, collector.getCollectionTime());
        }
        return new long[] {count, millis};
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String show(Connection connection, String setting) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SHOW " + setting)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static long countIn(short[] projects, Set<Long> chosen, BenchData data) {
        long count = 0;
        for (short project : projects) {
            if (chosen.contains(data.projectId(project))) {
                count++;
            }
        }
        return count;
    }

    @FunctionalInterface
    private interface InDatabase {
        void run(Initiatives initiatives) throws Exception;
    }

    /** Runs the work inside the tests' {@link Initiatives} rule: a new database, migrated, dropped afterwards. */
    private static void inDatabase(String database, InDatabase work) throws Throwable {
        Initiatives initiatives = new Initiatives();
        initiatives.apply(new org.junit.runners.model.Statement() {
            @Override
            public void evaluate() throws Throwable {
                work.run(initiatives);
            }
        }, Description.createTestDescription(DashboardBenchmark.class, database)).evaluate();
    }

    private void line(String format, Object... args) {
        report.append(String.format(Locale.ROOT, format, args)).append('\n');
    }

    private void progress(String format, Object... args) {
        System.err.printf(Locale.ROOT, "[%4.0f s] %s%n", seconds(), String.format(Locale.ROOT, format, args));
    }

    private double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }
}
