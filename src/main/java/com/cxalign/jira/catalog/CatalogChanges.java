package com.cxalign.jira.catalog;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the features above the catalogue that goals, metrics, the mission or readings changed, after the change has
 * committed, so that they can bring their own copies up to date (the CX Goal and CX Metric field options, the
 * dashboards' catalogue snapshot). The
 * catalogue never calls those features itself: they subscribe here. What a subscriber does is its own business: a
 * failing subscriber is logged and never undoes the catalogue's committed change.
 */
public class CatalogChanges {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogChanges.class);

    /** The subject of a change that may have touched any goal or metric (an import); its id is 0. */
    public static final String ANY_SUBJECT = "catalog";

    /**
     * What changed: {@code "goal"}, {@code "metric"}, {@code "mission"} (id 0), {@code "reading"} (the metric's id;
     * 0 for a file of readings) or {@code "goal-metric"} (the goal's id; the audit log's subjects), or
     * {@link #ANY_SUBJECT}.
     */
    public record Change(String subject, int id) {

        /** Whether goals or metrics themselves may have changed, not only the mission, readings or links. */
        public boolean touchesGoalsOrMetrics() {
            return !MissionService.SUBJECT.equals(subject) && !ReadingService.SUBJECT.equals(subject)
                    && !GoalMetricLinks.SUBJECT.equals(subject);
        }
    }

    private final List<Consumer<Change>> subscribers = new CopyOnWriteArrayList<>();

    public void subscribe(Consumer<Change> subscriber) {
        subscribers.add(subscriber);
    }

    public void unsubscribe(Consumer<Change> subscriber) {
        subscribers.remove(subscriber);
    }

    /** Called by the catalogue's services once the change's transaction has committed. */
    void published(String subject, int id) {
        Change change = new Change(subject, id);
        for (Consumer<Change> subscriber : subscribers) {
            try {
                subscriber.accept(change);
            } catch (RuntimeException e) {
                LOG.warn("Could not bring {} {} up to date everywhere after a catalogue change", subject, id, e);
            }
        }
    }
}
