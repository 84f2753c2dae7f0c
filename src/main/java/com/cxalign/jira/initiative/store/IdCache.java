package com.cxalign.jira.initiative.store;

import java.util.Map;
import java.util.function.Supplier;

/**
 * Where {@link JiraIds} keeps its snapshot between reads: the ids change only when the plugin sets Jira up, but
 * they are read on every view of an issue (is it a CX issue?) and every CX workflow check. In Jira this is a
 * cluster-wide cache that a change on any node clears on all of them.
 */
public interface IdCache {

    /** The cached snapshot, or what {@code load} reads when there is none. */
    Map<String, String> get(Supplier<Map<String, String>> load);

    /** Forgets the snapshot everywhere, after a change has committed. */
    void clear();
}
