package com.cxalign.jira.catalog;

import com.cxalign.jira.catalog.config.ConfigDocumentRules;
import com.cxalign.jira.catalog.config.ImportSummary.ItemChanges;
import com.cxalign.jira.catalog.model.CatalogStatus;
import com.cxalign.jira.catalog.store.CatalogItemEntity;
import com.cxalign.jira.platform.errors.FieldError;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * One kind of catalogue item (goals or metrics) during an import: which existing row an entry of the document means,
 * and the audited create, update and archive of rows, so that goals and metrics follow the same rules. What a goal or
 * a metric consists of stays with {@link GoalImport} and {@link MetricImport}.
 *
 * <p>An entry means the existing item of the same name, ignoring case. Archived goals may share a name with an active
 * one, so when several items have the name, the one with the entry's status is meant; if that still leaves several,
 * the entry is ambiguous and the import is refused rather than guessing.
 */
final class ImportedItems<E extends CatalogItemEntity, T extends Record> {

    private final ImportRun run;
    private final String subject;
    private final Function<E, String> nameOf;
    private final Function<E, T> view;
    private final Map<Integer, E> rows = new LinkedHashMap<>();
    private final Map<String, List<E>> byName = new HashMap<>();
    private final Set<Integer> meant = new HashSet<>();
    private final List<String> created = new ArrayList<>();
    private final List<String> updated = new ArrayList<>();
    private final List<String> unchanged = new ArrayList<>();
    private final List<String> archived = new ArrayList<>();

    /**
     * @param subject as the item's own service audits it ("goal", "metric"), so the log reads the same
     * @param rows    every item of this kind, loaded once
     */
    ImportedItems(ImportRun run, String subject, E[] rows, Function<E, String> nameOf, Function<E, T> view) {
        this.run = run;
        this.subject = subject;
        this.nameOf = nameOf;
        this.view = view;
        for (E row : rows) {
            this.rows.put(row.getID(), row);
            byName.computeIfAbsent(ConfigDocumentRules.nameKey(nameOf.apply(row)), key -> new ArrayList<>()).add(row);
        }
    }

    /**
     * The existing row the entry at {@code path} means, or null when it is new. An ambiguous name is added to
     * {@code errors} (under {@code path.name}, with {@code ambiguousKey}) and also gives null.
     */
    E match(String path, String name, CatalogStatus status, List<FieldError> errors, String ambiguousKey) {
        List<E> named = byName.getOrDefault(ConfigDocumentRules.nameKey(name), List.of());
        List<E> candidates = named.size() > 1
                ? named.stream().filter(row -> status.name().equals(row.getStatus())).toList()
                : named;
        if (candidates.size() == 1) {
            meant.add(candidates.get(0).getID());
            return candidates.get(0);
        }
        if (!named.isEmpty()) {
            errors.add(FieldError.of(path + ".name", ambiguousKey, named.size(), name));
        }
        return null;
    }

    /** Inserts a new item (at version 1) and audits its creation. */
    E create(Supplier<E> insert) {
        E row = insert.get();
        run.audit(subject, row.getID(), "create", null, view.apply(row));
        created.add(nameOf.apply(row));
        return row;
    }

    /**
     * Brings the row in line with the document when they differ: one version up and one audit entry, like an edit.
     * A row that already matches is left alone, version and all, which is what makes a repeated import change nothing.
     */
    void update(E row, Predicate<E> matchesDocument, Consumer<E> write) {
        if (matchesDocument.test(row)) {
            unchanged.add(nameOf.apply(row));
            return;
        }
        T before = view.apply(row);
        change(row, write);
        run.audit(subject, row.getID(), "update", before, view.apply(row));
        updated.add(nameOf.apply(row));
    }

    /**
     * Items no entry meant are never deleted. They are archived when the document asks for it ({@code archiveMissing})
     * and they are active; all others are only reported, so the admin sees what the file did not cover.
     */
    ItemChanges finish(boolean archiveMissing) {
        List<String> notInDocument = new ArrayList<>();
        for (E row : rows.values()) {
            if (meant.contains(row.getID())) {
                continue;
            }
            if (archiveMissing && CatalogStatus.ACTIVE.name().equals(row.getStatus())) {
                T before = view.apply(row);
                change(row, r -> r.setStatus(CatalogStatus.ARCHIVED.name()));
                run.audit(subject, row.getID(), "archive", before, view.apply(row));
                archived.add(nameOf.apply(row));
            } else {
                notInDocument.add(nameOf.apply(row));
            }
        }
        notInDocument.sort(Comparator.comparing(ConfigDocumentRules::nameKey));
        return new ItemChanges(created, updated, unchanged, archived, notInDocument);
    }

    /** The name of any item of this kind, by id (for the links the document does not name). */
    String nameOf(int id) {
        E row = rows.get(id);
        return row == null ? null : nameOf.apply(row);
    }

    /** The same versioned change as an edit: claims the next version, so a concurrent edit of the row conflicts. */
    private void change(E row, Consumer<E> write) {
        int version = row.getRowVersion();
        Versions.claimNext(run.ao, subject, row.getID(), version, version);
        write.accept(row);
        row.setRowVersion(version + 1);
        row.setUpdatedAt(run.now());
        row.save();
    }
}
