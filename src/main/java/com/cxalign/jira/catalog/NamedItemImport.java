package com.cxalign.jira.catalog;

import com.cxalign.jira.catalog.config.CheckedConfig.ImportedItem;
import com.cxalign.jira.catalog.config.ConfigDocumentRules;
import com.cxalign.jira.catalog.config.ImportSummary.ItemChanges;
import com.cxalign.jira.catalog.store.CatalogItemEntity;
import com.cxalign.jira.platform.errors.FieldError;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The steps goals and metrics share during an import, in the order {@link ConfigImport} calls them: match every
 * entry to an existing item by name ({@link #match}), create or update ({@link #apply}), then archive or report the
 * items the document left out ({@link #finish}). A subclass says only what its item consists of: how a row is
 * inserted, compared with an entry, written and audited.
 *
 * @param <I> an entry of the document
 * @param <E> the item's row
 * @param <T> the item as the audit log records it
 */
abstract class NamedItemImport<I extends ImportedItem, E extends CatalogItemEntity, T extends Record> {

    final ImportRun run;
    private final ImportedItems<E, T> items;
    private final String ambiguousKey;
    private final Map<I, E> matches = new LinkedHashMap<>();
    private final Map<String, Integer> idsByName = new HashMap<>();

    /**
     * @param subject      as the item's own service audits it ("goal", "metric")
     * @param ambiguousKey the error for an entry whose name matches several items
     */
    NamedItemImport(ImportRun run, String subject, Class<E> type, Function<E, String> nameOf, String ambiguousKey) {
        this.run = run;
        this.ambiguousKey = ambiguousKey;
        // view is only called once rows change, after a subclass's constructor has finished.
        this.items = new ImportedItems<>(run, subject, run.ao.find(type), nameOf, this::view);
    }

    /** Inserted as the item's service creates it, at version 1. */
    abstract E insert(I entry);

    /** True when the row already says what the entry says, so the item is left alone. */
    abstract boolean matchesDocument(E row, I entry);

    /** Brings the row in line with the entry; the version and audit are taken care of. */
    abstract void write(E row, I entry);

    abstract T view(E row);

    void match(List<I> entries, List<FieldError> errors) {
        for (I entry : entries) {
            matches.put(entry, items.match(entry.path(), entry.name(), entry.status(), errors, ambiguousKey));
        }
    }

    void apply() {
        matches.forEach((entry, existing) -> {
            E row = existing;
            if (row == null) {
                row = items.create(() -> insert(entry));
            } else {
                items.update(row, current -> matchesDocument(current, entry), current -> write(current, entry));
            }
            idsByName.put(ConfigDocumentRules.nameKey(entry.name()), row.getID());
        });
    }

    ItemChanges finish(boolean archiveMissing) {
        return items.finish(archiveMissing);
    }

    /** The id of the item an entry of the document named, after {@link #apply()}. */
    int idOf(String name) {
        return idsByName.get(ConfigDocumentRules.nameKey(name));
    }

    String nameOf(int id) {
        return items.nameOf(id);
    }
}
