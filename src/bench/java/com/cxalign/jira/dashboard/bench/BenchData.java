package com.cxalign.jira.dashboard.bench;

import com.cxalign.jira.feedback.FeedbackChannel;
import com.cxalign.jira.feedback.LoopState;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The read model's rows for the benchmark, made in memory from a fixed seed (the same rows on every database and
 * every run), with distributions meant to look like a large Jira Data Center:
 * <ul>
 *     <li>{@value #PROJECTS} projects with Zipf-like sizes (weight 1/rank<sup>0.9</sup>: the largest holds 11% of
 *     the rows, the smallest 0.04%);</li>
 *     <li>initiatives: status categories 30% new, 40% in progress, 30% done; 60% fully aligned (goal, metric and
 *     outcome), the others missing the goal (35%), the metric (35%) or the outcome (30%); goals Zipf-like
 *     (1/rank<sup>0.8</sup>) over the {@value BenchCatalog#GOALS} goals; created over three years, more of them
 *     recently;</li>
 *     <li>feedback: channels spread over the seven (survey 28%, support 26%, review 14%, social 11%, sales 9%,
 *     interview 5%, employee 5%, none 2%); 45% of loops are meant to be closed after a log-normal number of days
 *     (median 14, about 55 at the 90th percentile), and are when that many days have passed; of the rest 45% are
 *     acted on; 70% of closed loops were acted on too; status categories follow the loop state;</li>
 *     <li>links: every acted-on feedback is addressed by one initiative of its project (15% by two).</li>
 * </ul>
 */
final class BenchData {

    static final int PROJECTS = 500;
    static final long FIRST_PROJECT_ID = 30_001;
    static final long FIRST_INITIATIVE_ID = 1_000_001;
    static final long FIRST_FEEDBACK_ID = 3_000_001;
    static final String[] STATUS = {"new", "indeterminate", "done"};
    /** Channel weights in {@link FeedbackChannel} order, then "none chosen". */
    private static final double[] CHANNEL_WEIGHTS = {28, 26, 5, 14, 11, 9, 5, 2};
    private static final int DAYS = 3 * 365;

    final Instant now;
    final ZoneId zone;
    final int initiatives;
    final int feedback;
    private final double[] projectCumulative;
    private final double[] goalCumulative;
    private final double[] channelCumulative;

    // initiatives, by index (issue id = FIRST_INITIATIVE_ID + index)
    final short[] iProject;
    final long[] iCreated;
    final long[] iUpdated;
    final byte[] iStatus;
    /** Goal index, -1 for none. */
    final byte[] iGoal;
    /** Index into the goal's metrics, -1 for none. */
    final byte[] iMetric;
    final boolean[] iOutcome;
    /** Baseline, target and actual (-1: none); expected impact in thousands (-1: none). */
    final short[] iBaseline;
    final short[] iTarget;
    final short[] iActual;
    final int[] iImpact;

    // feedback, by index (issue id = FIRST_FEEDBACK_ID + index)
    final short[] fProject;
    final long[] fCreated;
    final long[] fUpdated;
    final byte[] fStatus;
    /** {@link FeedbackChannel} ordinal, -1 for none. */
    final byte[] fChannel;
    /** {@link com.cxalign.jira.feedback.Sentiment} ordinal, -1 for none. */
    final byte[] fSentiment;
    /** {@link LoopState} ordinal. */
    final byte[] fLoop;
    final boolean[] fActedOn;
    /** Days from received to customer told, -1 while open. */
    final short[] fDays;

    // links (initiative index, feedback index)
    final int[] linkInitiative;
    final int[] linkFeedback;
    int links;

    // by project: the initiatives' and feedback's indexes (CSR)
    final int[] initiativesByProjectStart;
    final int[] initiativesByProject;
    final int[] feedbackByProjectStart;
    final int[] feedbackByProject;

    BenchData(int initiatives, int feedback, Instant now, ZoneId zone, long seed) {
        this.now = now;
        this.zone = zone;
        this.initiatives = initiatives;
        this.feedback = feedback;
        projectCumulative = cumulative(PROJECTS, 0.9);
        goalCumulative = cumulative(BenchCatalog.GOALS, 0.8);
        channelCumulative = cumulative(CHANNEL_WEIGHTS);
        SplittableRandom random = new SplittableRandom(seed);

        iProject = new short[initiatives];
        iCreated = new long[initiatives];
        iUpdated = new long[initiatives];
        iStatus = new byte[initiatives];
        iGoal = new byte[initiatives];
        iMetric = new byte[initiatives];
        iOutcome = new boolean[initiatives];
        iBaseline = new short[initiatives];
        iTarget = new short[initiatives];
        iActual = new short[initiatives];
        iImpact = new int[initiatives];
        for (int i = 0; i < initiatives; i++) {
            initiative(i, random);
        }
        initiativesByProjectStart = new int[PROJECTS + 1];
        initiativesByProject = byProject(iProject, initiativesByProjectStart);

        fProject = new short[feedback];
        fCreated = new long[feedback];
        fUpdated = new long[feedback];
        fStatus = new byte[feedback];
        fChannel = new byte[feedback];
        fSentiment = new byte[feedback];
        fLoop = new byte[feedback];
        fActedOn = new boolean[feedback];
        fDays = new short[feedback];
        int[] li = new int[feedback * 2];
        int[] lf = new int[feedback * 2];
        for (int f = 0; f < feedback; f++) {
            feedbackRow(f, random);
            if (fActedOn[f]) {
                int count = random.nextDouble() < 0.15 ? 2 : 1;
                int first = -1;
                for (int k = 0; k < count; k++) {
                    int initiative = initiativeOf(fProject[f], random);
                    if (initiative != first) {
                        li[links] = initiative;
                        lf[links] = f;
                        links++;
                        first = initiative;
                    }
                }
            }
        }
        linkInitiative = Arrays.copyOf(li, links);
        linkFeedback = Arrays.copyOf(lf, links);
        feedbackByProjectStart = new int[PROJECTS + 1];
        feedbackByProject = byProject(fProject, feedbackByProjectStart);
    }

    long projectId(int rank) {
        return FIRST_PROJECT_ID + rank;
    }

    static String key(int projectRank, long issueId) {
        return "P" + (projectRank + 1) + "-" + issueId;
    }

    int project(SplittableRandom random) {
        return pick(projectCumulative, random);
    }

    /** An initiative of that project, or any when it has none. */
    int initiativeOf(int project, SplittableRandom random) {
        int from = initiativesByProjectStart[project];
        int to = initiativesByProjectStart[project + 1];
        return to > from ? initiativesByProject[from + random.nextInt(to - from)] : random.nextInt(initiatives);
    }

    /** A feedback issue of that project, or any when it has none. */
    int feedbackOf(int project, SplittableRandom random) {
        int from = feedbackByProjectStart[project];
        int to = feedbackByProjectStart[project + 1];
        return to > from ? feedbackByProject[from + random.nextInt(to - from)] : random.nextInt(feedback);
    }

    /** The received day of a feedback issue, in Jira's time zone. */
    LocalDate receivedDay(int f) {
        return Instant.ofEpochMilli(fCreated[f]).atZone(zone).toLocalDate();
    }

    private void initiative(int i, SplittableRandom random) {
        iProject[i] = (short) project(random);
        long age = ageMillis(random, 1.5);
        iCreated[i] = now.toEpochMilli() - age;
        iUpdated[i] = iCreated[i] + (long) (random.nextDouble() * age);
        double status = random.nextDouble();
        iStatus[i] = (byte) (status < 0.30 ? 0 : status < 0.70 ? 1 : 2);
        int goal = pick(goalCumulative, random);
        int metric = random.nextInt(goal < 10 ? 2 : 1);
        boolean outcome = true;
        if (random.nextDouble() >= 0.60) {
            double missing = random.nextDouble();
            if (missing < 0.35) {
                goal = -1;
                metric = -1;
                outcome = random.nextDouble() < 0.5;
            } else if (missing < 0.70) {
                metric = -1;
                outcome = random.nextDouble() < 0.6;
            } else {
                outcome = false;
            }
        }
        iGoal[i] = (byte) goal;
        iMetric[i] = (byte) metric;
        iOutcome[i] = outcome;
        boolean measured = metric >= 0 || random.nextDouble() < 0.2;
        iBaseline[i] = (short) (measured ? 10 + random.nextInt(40) : -1);
        iTarget[i] = (short) (measured ? iBaseline[i] + 5 + random.nextInt(16) : -1);
        iActual[i] = (short) (measured && iStatus[i] == 2 ? iBaseline[i] + random.nextInt(25) : -1);
        iImpact[i] = random.nextDouble() < 0.5 ? 10 + random.nextInt(490) : -1;
    }

    private void feedbackRow(int f, SplittableRandom random) {
        fProject[f] = (short) project(random);
        long age = ageMillis(random, 1.3);
        fCreated[f] = now.toEpochMilli() - age;
        int channel = pick(channelCumulative, random);
        fChannel[f] = (byte) (channel == FeedbackChannel.values().length ? -1 : channel);
        double sentiment = random.nextDouble();
        fSentiment[f] = (byte) (sentiment < 0.03 ? -1 : sentiment < 0.40 ? 0 : sentiment < 0.75 ? 1 : 2);
        int days = (int) Math.min(900, Math.max(0, Math.round(Math.exp(Math.log(14) + 1.1 * random.nextGaussian()))));
        LocalDate received = receivedDay(f);
        boolean closes = random.nextDouble() < 0.45;
        long told = received.plusDays(days).atStartOfDay(zone).toInstant().toEpochMilli();
        LoopState loop;
        if (closes && told <= now.toEpochMilli()) {
            loop = LoopState.CLOSED;
            fActedOn[f] = random.nextDouble() < 0.7;
            fDays[f] = (short) days;
        } else {
            loop = random.nextDouble() < 0.45 ? LoopState.ACTED_ON : LoopState.OPEN;
            fActedOn[f] = loop == LoopState.ACTED_ON;
            fDays[f] = -1;
        }
        fLoop[f] = (byte) loop.ordinal();
        double status = random.nextDouble();
        fStatus[f] = (byte) switch (loop) {
            case CLOSED -> status < 0.70 ? 2 : 1;
            case ACTED_ON -> status < 0.15 ? 0 : status < 0.85 ? 1 : 2;
            case OPEN -> status < 0.70 ? 0 : status < 0.95 ? 1 : 2;
        };
        fUpdated[f] = Math.min(now.toEpochMilli(), loop == LoopState.CLOSED ? told
                : fCreated[f] + (long) (random.nextDouble() * age));
    }

    /** How long ago something was created: up to three years, {@code skew} > 1 favouring recent ones. */
    private static long ageMillis(SplittableRandom random, double skew) {
        double days = DAYS * Math.pow(random.nextDouble(), skew);
        return (long) (days * Duration.ofDays(1).toMillis()) + 60_000;
    }

    private static int[] byProject(short[] projects, int[] start) {
        for (short project : projects) {
            start[project + 1]++;
        }
        for (int p = 0; p < PROJECTS; p++) {
            start[p + 1] += start[p];
        }
        int[] next = Arrays.copyOf(start, PROJECTS);
        int[] indexes = new int[projects.length];
        for (int i = 0; i < projects.length; i++) {
            indexes[next[projects[i]]++] = i;
        }
        return indexes;
    }

    private static double[] cumulative(int ranks, double exponent) {
        double[] weights = new double[ranks];
        for (int r = 0; r < ranks; r++) {
            weights[r] = 1 / Math.pow(r + 1, exponent);
        }
        return cumulative(weights);
    }

    private static double[] cumulative(double[] weights) {
        double total = Arrays.stream(weights).sum();
        double[] cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] / total;
            cumulative[i] = sum;
        }
        cumulative[weights.length - 1] = 1.0;
        return cumulative;
    }

    private static int pick(double[] cumulative, SplittableRandom random) {
        int index = Arrays.binarySearch(cumulative, random.nextDouble());
        return index >= 0 ? index : -index - 1;
    }
}
