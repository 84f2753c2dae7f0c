package com.cxalign.jira.catalog.rest;

import com.cxalign.jira.catalog.AlignmentServices;
import com.cxalign.jira.catalog.Catalog;
import com.cxalign.jira.catalog.TransferServices;
import com.cxalign.jira.testing.rest.RestServer;

/** Serves every catalogue resource over the catalogue's real services on the test database. */
final class CatalogApi {

    private CatalogApi() {
    }

    static void serve(RestServer server, Catalog catalog) {
        server.serve(
                new MissionResource(catalog.missions, server.currentActor()),
                new GoalResource(catalog.goals, catalog.links, server.currentActor()),
                new MetricResource(catalog.metrics, catalog.links, catalog.readings, server.currentActor()),
                new AuditResource(catalog.audit, server.currentActor()));
        AlignmentServices alignment = AlignmentServices.over(catalog);
        server.serve(
                new GoalScopeResource(alignment.scopes, server.currentActor()),
                new ChampionResource(alignment.champions, server.currentActor()),
                new HygieneResource(alignment.hygiene, alignment.hygieneSettings, server.currentActor()));
        TransferServices transfer = TransferServices.over(catalog);
        server.serve(
                new ConfigResource(transfer.exports, transfer.imports, server.currentActor()),
                new ReadingImportResource(transfer.readingImport, server.currentActor()));
    }

    static String goalJson(String name) {
        return "{\"name\": \"" + name + "\", \"description\": \"Why it matters\", \"ownerKey\": \"owner-key\"}";
    }

    static String npsJson(String name) {
        return "{\"name\": \"" + name + "\", \"kind\": \"NPS\", \"direction\": \"HIGHER_IS_BETTER\","
                + " \"baseline\": 20, \"baselineDate\": \"2026-01-01\", \"target\": 35,"
                + " \"targetDate\": \"2026-12-31\", \"ownerKey\": \"owner-key\"}";
    }
}
