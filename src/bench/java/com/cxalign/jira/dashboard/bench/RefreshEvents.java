package com.cxalign.jira.dashboard.bench;

import com.cxalign.jira.dashboard.readmodel.IssueFacts;
import com.cxalign.jira.dashboard.readmodel.ReadModel;
import com.cxalign.jira.feedback.LoopState;
import com.cxalign.jira.initiative.CxIssue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Issue events on the seeded read model, as the listener hands them over ({@link ReadModel#refresh} with the issue
 * as Jira has it): a quarter each of initiatives updated (transitioned, and a quarter of them addressing one more
 * feedback issue), initiatives created (half of them addressing one or two feedback issues), feedback updated (30%
 * of the open ones closing their loop) and feedback created, in random order. Each event is timed alone.
 */
final class RefreshEvents {

    enum Kind {
        INITIATIVE_UPDATED("initiative updated (transition, its links written again)"),
        INITIATIVE_CREATED("initiative created"),
        FEEDBACK_UPDATED("feedback updated"),
        FEEDBACK_CREATED("feedback created");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    record Event(Kind kind, CxIssue issue, IssueFacts facts, List<Long> addressed) {
    }

    private final BenchData data;
    private final BenchIssues issues;
    private final int[] linksStart;
    private final long[] linkedFeedback;
    private final Map<Integer, List<Long>> relinked = new HashMap<>();
    private long nextInitiativeId;
    private long nextFeedbackId;

    RefreshEvents(BenchData data, BenchIssues issues) {
        this.data = data;
        this.issues = issues;
        linksStart = new int[data.initiatives + 1];
        for (int l = 0; l < data.links; l++) {
            linksStart[data.linkInitiative[l] + 1]++;
        }
        for (int i = 0; i < data.initiatives; i++) {
            linksStart[i + 1] += linksStart[i];
        }
        int[] next = java.util.Arrays.copyOf(linksStart, data.initiatives);
        linkedFeedback = new long[data.links];
        for (int l = 0; l < data.links; l++) {
            linkedFeedback[next[data.linkInitiative[l]]++] = BenchData.FIRST_FEEDBACK_ID + data.linkFeedback[l];
        }
        nextInitiativeId = BenchData.FIRST_INITIATIVE_ID + data.initiatives;
        nextFeedbackId = BenchData.FIRST_FEEDBACK_ID + data.feedback;
    }

    List<Event> make(int count, SplittableRandom random) {
        List<Kind> kinds = new ArrayList<>();
        for (int e = 0; e < count; e++) {
            kinds.add(Kind.values()[e % Kind.values().length]);
        }
        java.util.Collections.shuffle(kinds, new java.util.Random(random.nextLong()));
        List<Event> events = new ArrayList<>();
        for (Kind kind : kinds) {
            events.add(switch (kind) {
                case INITIATIVE_UPDATED -> initiativeUpdated(random);
                case INITIATIVE_CREATED -> initiativeCreated(random);
                case FEEDBACK_UPDATED -> feedbackUpdated(random);
                case FEEDBACK_CREATED -> feedbackCreated(random);
            });
        }
        return events;
    }

    /** Each event's time in nanoseconds, by kind, in the order run. */
    static Map<Kind, List<Long>> run(ReadModel readModel, List<Event> events) {
        Map<Kind, List<Long>> times = new EnumMap<>(Kind.class);
        for (Event event : events) {
            long start = System.nanoTime();
            readModel.refresh(event.issue(), event.facts(), event.addressed(), 0);
            long took = System.nanoTime() - start;
            times.computeIfAbsent(event.kind(), kind -> new ArrayList<>()).add(took);
        }
        return times;
    }

    private Event initiativeUpdated(SplittableRandom random) {
        int i = random.nextInt(data.initiatives);
        long id = BenchData.FIRST_INITIATIVE_ID + i;
        List<Long> addressed = new ArrayList<>(relinked.getOrDefault(i, links(i)));
        if (random.nextDouble() < 0.25) {
            addressed.add(BenchData.FIRST_FEEDBACK_ID + data.feedbackOf(data.iProject[i], random));
        }
        relinked.put(i, addressed);
        int status = Math.min(2, data.iStatus[i] + 1);
        CxIssue issue = issues.initiative(id, BenchData.key(data.iProject[i], id), data.projectId(data.iProject[i]),
                Instant.ofEpochMilli(data.iCreated[i]), data.iGoal[i], data.iMetric[i], data.iOutcome[i],
                data.iBaseline[i], data.iTarget[i], data.iActual[i], data.iImpact[i]);
        return new Event(Kind.INITIATIVE_UPDATED, issue, facts(status, issue.created()), addressed);
    }

    private Event initiativeCreated(SplittableRandom random) {
        long id = nextInitiativeId++;
        int project = data.project(random);
        boolean aligned = random.nextDouble() < 0.6;
        int goal = random.nextInt(BenchCatalog.GOALS);
        List<Long> addressed = new ArrayList<>();
        int links = random.nextDouble() < 0.5 ? 0 : 1 + random.nextInt(2);
        for (int l = 0; l < links; l++) {
            addressed.add(BenchData.FIRST_FEEDBACK_ID + data.feedbackOf(project, random));
        }
        CxIssue issue = issues.initiative(id, BenchData.key(project, id), data.projectId(project), data.now,
                goal, aligned ? 0 : -1, aligned, 20, 35, -1, 120);
        return new Event(Kind.INITIATIVE_CREATED, issue, facts(0, data.now), addressed);
    }

    private Event feedbackUpdated(SplittableRandom random) {
        int f = random.nextInt(data.feedback);
        long id = BenchData.FIRST_FEEDBACK_ID + f;
        LocalDate told = data.fDays[f] >= 0 ? data.receivedDay(f).plusDays(data.fDays[f]) : null;
        int status = data.fStatus[f];
        if (told == null && data.fLoop[f] != LoopState.CLOSED.ordinal() && random.nextDouble() < 0.3) {
            told = data.now.atZone(data.zone).toLocalDate();
            status = 2;
        }
        CxIssue issue = issues.feedback(id, BenchData.key(data.fProject[f], id), data.projectId(data.fProject[f]),
                Instant.ofEpochMilli(data.fCreated[f]), data.fChannel[f], (data.fSentiment[f] + 1) % 3, told);
        return new Event(Kind.FEEDBACK_UPDATED, issue, facts(status, issue.created()), List.of());
    }

    private Event feedbackCreated(SplittableRandom random) {
        long id = nextFeedbackId++;
        int project = data.project(random);
        CxIssue issue = issues.feedback(id, BenchData.key(project, id), data.projectId(project), data.now,
                random.nextInt(7), random.nextInt(3), null);
        return new Event(Kind.FEEDBACK_CREATED, issue, facts(0, data.now), List.of());
    }

    private List<Long> links(int initiative) {
        List<Long> feedback = new ArrayList<>();
        for (int l = linksStart[initiative]; l < linksStart[initiative + 1]; l++) {
            feedback.add(linkedFeedback[l]);
        }
        return feedback;
    }

    private IssueFacts facts(int status, Instant created) {
        return new IssueFacts(BenchData.STATUS[status], created, data.now, status == 2 ? data.now : null);
    }
}
