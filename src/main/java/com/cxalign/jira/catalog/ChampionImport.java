package com.cxalign.jira.catalog;

import com.cxalign.jira.catalog.config.ChampionTerms;
import com.cxalign.jira.catalog.config.CheckedConfig.ImportedChampion;
import com.cxalign.jira.catalog.config.ConfigDocument.ChampionEntry;
import com.cxalign.jira.catalog.config.ImportSummary.ChampionChanges;
import com.cxalign.jira.catalog.model.Champion;
import com.cxalign.jira.catalog.rules.CheckedChampion;
import com.cxalign.jira.catalog.store.ChampionEntity;
import com.cxalign.jira.catalog.store.StoredValues;
import com.cxalign.jira.platform.errors.FieldError;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import net.java.ao.DBParam;

/**
 * The champion terms of an imported document. A term of the file means the term of this Jira with the same person,
 * department (ignoring case) and start day; it is added when there is none, and its end day (or the department's
 * spelling) brought in line otherwise. Terms the file lacks are kept and reported: a roster is history.
 */
final class ChampionImport {

    /** As ChampionService audits terms. */
    private static final String SUBJECT = "champion";

    private final ImportRun run;
    private final List<ChampionEntity> rows;
    private final Map<ImportedChampion, ChampionEntity> matches = new LinkedHashMap<>();

    ChampionImport(ImportRun run) {
        this.run = run;
        this.rows = Arrays.asList(run.ao.find(ChampionEntity.class));
    }

    /** Matches the file's terms; one that would overlap a term only this Jira has is added to {@code errors}. */
    void match(List<ImportedChampion> champions, List<FieldError> errors) {
        if (champions == null) {
            return;
        }
        for (ImportedChampion champion : champions) {
            matches.put(champion, rows.stream().filter(row -> ChampionTerms.sameTerm(champion.champion(),
                    checked(row))).findFirst().orElse(null));
        }
        Set<Integer> meant = meant();
        for (ImportedChampion champion : champions) {
            rows.stream().filter(row -> !meant.contains(row.getID()))
                    .filter(row -> ChampionTerms.clash(champion.champion(), checked(row))).findFirst()
                    .ifPresent(row -> errors.add(ChampionTerms.overlap(champion.path() + ".startsOn", checked(row))));
        }
    }

    ChampionChanges apply() {
        List<ChampionEntry> created = new ArrayList<>();
        List<ChampionEntry> updated = new ArrayList<>();
        List<ChampionEntry> unchanged = new ArrayList<>();
        matches.forEach((champion, row) -> {
            CheckedChampion term = champion.champion();
            if (row == null) {
                ChampionEntity inserted = run.ao.create(ChampionEntity.class, new DBParam("USER_KEY", term.userKey()),
                        new DBParam("DEPARTMENT", term.department()),
                        new DBParam("STARTS_ON", StoredValues.day(term.startsOn())),
                        new DBParam("ENDS_ON", StoredValues.day(term.endsOn())), new DBParam("ROW_VERSION", 1));
                run.audit(SUBJECT, inserted.getID(), "create", null, view(inserted));
                created.add(entry(inserted));
            } else if (term.department().equals(row.getDepartment())
                    && Objects.equals(term.endsOn(), StoredValues.day(row.getEndsOn()))) {
                unchanged.add(entry(row));
            } else {
                Champion before = view(row);
                Versions.claimNext(run.ao, SUBJECT, row.getID(), row.getRowVersion(), row.getRowVersion());
                row.setDepartment(term.department());
                row.setEndsOn(StoredValues.day(term.endsOn()));
                row.setRowVersion(row.getRowVersion() + 1);
                row.save();
                run.audit(SUBJECT, row.getID(), "update", before, view(row));
                updated.add(entry(row));
            }
        });
        Set<Integer> meant = meant();
        List<ChampionEntry> notInDocument = rows.stream().filter(row -> !meant.contains(row.getID()))
                .map(ChampionImport::entry).toList();
        return new ChampionChanges(created, updated, unchanged, notInDocument);
    }

    private Set<Integer> meant() {
        Set<Integer> meant = new HashSet<>();
        matches.values().stream().filter(Objects::nonNull).forEach(row -> meant.add(row.getID()));
        return meant;
    }

    private static CheckedChampion checked(ChampionEntity row) {
        return new CheckedChampion(row.getUserKey(), row.getDepartment(), StoredValues.day(row.getStartsOn()),
                StoredValues.day(row.getEndsOn()));
    }

    private static Champion view(ChampionEntity row) {
        return new Champion(row.getID(), row.getUserKey(), row.getDepartment(), StoredValues.day(row.getStartsOn()),
                StoredValues.day(row.getEndsOn()), row.getRowVersion());
    }

    private static ChampionEntry entry(ChampionEntity row) {
        return new ChampionEntry(row.getUserKey(), row.getDepartment(), iso(StoredValues.day(row.getStartsOn())),
                iso(StoredValues.day(row.getEndsOn())));
    }

    private static String iso(LocalDate day) {
        return day == null ? null : day.toString();
    }
}
