package com.cxalign.jira.dashboard.readmodel;

import com.atlassian.activeobjects.external.ActiveObjects;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import net.java.ao.DBParam;
import net.java.ao.Entity;

/**
 * A new read-model row as the columns of one INSERT: a stand-in for the row's entity that takes its setter calls
 * ({@code setGoalId} as {@code GOAL_ID}, the way Active Objects names columns in Jira), so that a new row is written
 * in one statement by the same code that updates an existing one (Active Objects would otherwise insert the row and
 * then update it: two statements for every issue created).
 */
final class RowInsert<E extends Entity> {

    private final Class<E> type;
    private final List<DBParam> columns = new ArrayList<>();
    private final E row;

    RowInsert(Class<E> type) {
        this.type = type;
        this.row = type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, this::set));
    }

    /** The stand-in to call the setters on. */
    E row() {
        return row;
    }

    /** Inserts the row with every column set so far. */
    E into(ActiveObjects ao) {
        return ao.create(type, columns.toArray(new DBParam[0]));
    }

    private Object set(Object proxy, Method method, Object[] args) {
        if (!method.getName().startsWith("set") || args == null || args.length != 1) {
            throw new UnsupportedOperationException("A new row only takes setters, not " + method.getName());
        }
        columns.add(new DBParam(column(method.getName().substring(3)), args[0]));
        return null;
    }

    /** {@code GoalId} as {@code GOAL_ID}. */
    static String column(String property) {
        return property.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }
}
