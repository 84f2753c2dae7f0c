package com.atlassian.activeobjects.external;

import com.atlassian.activeobjects.spi.DatabaseType;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import net.java.ao.RawEntity;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.activeobjects.external.ActiveObjectsModuleMetaData}
 * (activeobjects-plugin). FULL interface.
 */
public interface ActiveObjectsModuleMetaData {

    /** Blocks until the AO schema is initialised; must not be called from an upgrade task. */
    void awaitInitialization() throws ExecutionException, InterruptedException;

    void awaitInitialization(long timeout, TimeUnit unit)
            throws InterruptedException, ExecutionException, TimeoutException;

    boolean isInitialized();

    DatabaseType getDatabaseType();

    boolean isDataSourcePresent();

    boolean isTablePresent(Class<? extends RawEntity<?>> type);
}
