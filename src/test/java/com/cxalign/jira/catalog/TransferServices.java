package com.cxalign.jira.catalog;

import com.atlassian.activeobjects.external.ActiveObjects;

/**
 * The configuration export and import and the CSV readings import, wired as in Jira over a {@link Catalog}'s
 * database, services, audit log and clock. Build it once the Catalog rule is running (in a {@code @Before} or a test).
 */
public final class TransferServices {

    public final ConfigExport exports;
    public final ConfigImport imports;
    public final ReadingImport readingImport;

    private TransferServices(Catalog catalog) {
        ActiveObjects ao = catalog.ao().activeObjects();
        AlignmentServices alignment = AlignmentServices.over(catalog);
        exports = new ConfigExport(ao, catalog.clock, catalog.missions, catalog.goals, catalog.metrics,
                alignment.champions, alignment.hygieneSettings);
        imports = new ConfigImport(ao, catalog.audit, catalog.clock, alignment.hygieneSettings, catalog.changes);
        readingImport = new ReadingImport(ao, catalog.audit, catalog.clock, catalog.changes);
    }

    public static TransferServices over(Catalog catalog) {
        return new TransferServices(catalog);
    }
}
