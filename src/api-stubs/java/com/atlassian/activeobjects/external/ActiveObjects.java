package com.atlassian.activeobjects.external;

import com.atlassian.sal.api.transaction.TransactionCallback;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import net.java.ao.DBParam;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.activeobjects.external.ActiveObjects}
 * (activeobjects-plugin). FULL interface: every abstract method, with the real generics, so that tests can
 * implement it over a real {@code net.java.ao.EntityManager}. Apart from {@link #getFastCountEstimate} no method
 * declares a checked exception; the product wraps {@link SQLException} in an unchecked
 * {@code ActiveObjectsSqlException}.
 */
public interface ActiveObjects {

    void migrate(Class<? extends RawEntity<?>>... entities);

    void migrateDestructively(Class<? extends RawEntity<?>>... entities);

    void flushAll();

    void flush(RawEntity<?>... entities);

    <T extends RawEntity<K>, K> T[] get(Class<T> type, K... keys);

    <T extends RawEntity<K>, K> T get(Class<T> type, K key);

    <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params);

    <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params);

    <T extends RawEntity<K>, K> void create(Class<T> type, List<Map<String, Object>> rows);

    void delete(RawEntity<?>... entities);

    <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters);

    <T extends RawEntity<K>, K> T[] find(Class<T> type);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, String field, Query query);

    <T extends RawEntity<K>, K> T[] findWithSQL(Class<T> type, String keyField, String sql, Object... parameters);

    <T extends RawEntity<K>, K> void stream(Class<T> type, EntityStreamCallback<T, K> streamCallback);

    <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> streamCallback);

    <K> int count(Class<? extends RawEntity<K>> type);

    <K> int count(Class<? extends RawEntity<K>> type, String criteria, Object... parameters);

    <K> int count(Class<? extends RawEntity<K>> type, Query query);

    /**
     * Approximate row count from database statistics.
     *
     * @throws FailedFastCountException (this package's class, not {@code net.java.ao.FailedFastCountException})
     */
    <K> int getFastCountEstimate(Class<? extends RawEntity<K>> type) throws SQLException, FailedFastCountException;

    <T> T executeInTransaction(TransactionCallback<T> callback);

    ActiveObjectsModuleMetaData moduleMetaData();
}
