package com.cxalign.jira.testing.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.cxalign.jira.platform.PluginKey;

import java.sql.Connection;
import java.sql.SQLException;

import net.java.ao.EntityManager;
import net.java.ao.RawEntity;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.EntityManagerBuilder;
import org.junit.rules.ExternalResource;

/**
 * Real Active Objects 6.1.1 on a real, new database for each test, named the way Jira names a plugin's tables
 * ({@code AO_xxxxxx_ENTITY_NAME}, upper-case columns), and an {@link ActiveObjects} over it for the code under test.
 * The database comes from {@code -Dcx.db}; see {@link TestDatabase}. Mark the test class with
 * {@code @Category(DatabaseTest.class)} so that the build runs it on every database.
 */
public final class ActiveObjectsRule extends ExternalResource {

    private final Class<? extends RawEntity<?>>[] entities;
    private final TestDatabase database;
    private final JiraTablePrefix tablePrefix;
    private JdbcTarget target;
    private EntityManager entityManager;
    private EntityManagerActiveObjects activeObjects;

    /** Migrates the given entities (creates their tables) before each test. */
    @SafeVarargs
    public ActiveObjectsRule(Class<? extends RawEntity<?>>... entities) {
        this.entities = entities.clone();
        this.database = TestDatabase.fromSystemProperty();
        this.tablePrefix = new JiraTablePrefix(PluginKey.KEY);
    }

    @Override
    protected void before() throws SQLException {
        target = database.newDatabase();
        entityManager = EntityManagerBuilder.url(target.url())
                .username(target.username())
                .password(target.password())
                .schema(target.schema())
                .auto()
                .tableNameConverter(new AtlassianTableNameConverter(tablePrefix))
                .fieldNameConverter(new AtlassianFieldNameConverter())
                .sequenceNameConverter(new AtlassianSequenceNameConverter())
                .triggerNameConverter(new AtlassianTriggerNameConverter())
                .indexNameConverter(new AtlassianIndexNameConverter())
                .uniqueNameConverter(new AtlassianUniqueNameConverter())
                .build();
        activeObjects = new EntityManagerActiveObjects(entityManager, database.activeObjectsType());
        if (entities.length > 0) {
            entityManager.migrate(entities);
        }
    }

    @Override
    protected void after() {
        try {
            if (entityManager != null) {
                entityManager.flushAll();
                entityManager.getProvider().dispose();
            }
        } finally {
            if (target != null) {
                target.close();
            }
        }
    }

    public ActiveObjects activeObjects() {
        return activeObjects;
    }

    public EntityManager entityManager() {
        return entityManager;
    }

    public TestDatabase database() {
        return database;
    }

    /** The {@code AO_xxxxxx_} prefix of this plugin's tables. */
    public String tablePrefix() {
        return tablePrefix.value();
    }

    /** A plain JDBC connection to the test database, for assertions on what AO really wrote. Close it. */
    public Connection connection() throws SQLException {
        return entityManager.getProvider().getConnection();
    }
}
