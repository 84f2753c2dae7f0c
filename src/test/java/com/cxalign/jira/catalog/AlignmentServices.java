package com.cxalign.jira.catalog;

import com.atlassian.activeobjects.external.ActiveObjects;

/**
 * The services for goal scopes, champions and measurement hygiene, wired as in Jira over a {@link Catalog}'s
 * database, audit log and clock. Build it once the Catalog rule is running (in a {@code @Before} or a test); the
 * services hold no state, so several instances over one Catalog see the same data.
 */
public final class AlignmentServices {

    public final GoalScopes scopes;
    public final ChampionService champions;
    public final HygieneSettings hygieneSettings;
    public final HygieneService hygiene;

    private AlignmentServices(Catalog catalog) {
        ActiveObjects ao = catalog.ao().activeObjects();
        scopes = new GoalScopes(ao, catalog.audit, catalog.clock, catalog.goals);
        champions = new ChampionService(ao, catalog.audit);
        hygieneSettings = new HygieneSettings(ao, catalog.audit);
        hygiene = new HygieneService(ao, catalog.clock, hygieneSettings);
    }

    public static AlignmentServices over(Catalog catalog) {
        return new AlignmentServices(catalog);
    }
}
