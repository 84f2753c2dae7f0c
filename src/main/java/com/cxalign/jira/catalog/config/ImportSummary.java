package com.cxalign.jira.catalog.config;

import com.cxalign.jira.catalog.config.ConfigDocument.ChampionEntry;
import com.cxalign.jira.catalog.config.ConfigDocument.LinkEntry;

import java.util.List;

/**
 * What an import did, item by item, so that the admin can see it matched what they meant. Nothing the document does
 * not name is deleted: such items are listed under {@code notInDocument}, or archived when the document asked for it.
 *
 * @param changes how many items changed, each with one audit entry; 0 when the same document is imported again
 */
public record ImportSummary(Change mission, ItemChanges goals, ItemChanges metrics, LinkChanges links,
                            ChampionChanges champions, Change hygiene, int changes) {

    /** What happened to a single setting (the mission, the hygiene thresholds). */
    public enum Change {
        /** Written for the first time. */
        CREATED,
        UPDATED,
        UNCHANGED,
        /** The document does not have it; it was left as it is. */
        NOT_IN_DOCUMENT
    }

    /** Names of goals or metrics, each in the one list that says what happened to it. */
    public record ItemChanges(List<String> created, List<String> updated, List<String> unchanged,
                              List<String> archived, List<String> notInDocument) {

        public ItemChanges {
            created = List.copyOf(created);
            updated = List.copyOf(updated);
            unchanged = List.copyOf(unchanged);
            archived = List.copyOf(archived);
            notInDocument = List.copyOf(notInDocument);
        }
    }

    /** Links are made or kept; a link the document lacks is reported, never removed. */
    public record LinkChanges(List<LinkEntry> created, List<LinkEntry> unchanged, List<LinkEntry> notInDocument) {

        public LinkChanges {
            created = List.copyOf(created);
            unchanged = List.copyOf(unchanged);
            notInDocument = List.copyOf(notInDocument);
        }
    }

    /** Champion terms are added or changed (end day, spelling of the department); a term the file lacks stays. */
    public record ChampionChanges(List<ChampionEntry> created, List<ChampionEntry> updated,
                                  List<ChampionEntry> unchanged, List<ChampionEntry> notInDocument) {

        public ChampionChanges {
            created = List.copyOf(created);
            updated = List.copyOf(updated);
            unchanged = List.copyOf(unchanged);
            notInDocument = List.copyOf(notInDocument);
        }
    }
}
