package org.ofbiz.core.entity;

/**
 * Compile-time stub of Jira 10.3's {@code org.ofbiz.core.entity.GenericEntityException} (Atlassian's fork of the OfBiz
 * entity engine, shipped with Jira): the checked exception of entity-engine operations, thrown for example by
 * {@code CustomFieldManager.createCustomField(..)}. Constructors are kept working (they only call super) so tests can
 * throw it. The real class extends {@code org.ofbiz.core.util.GeneralException}, which this stub leaves out (nothing
 * here names it): for catching {@code GenericEntityException} the difference does not matter.
 */
public class GenericEntityException extends Exception {

    public GenericEntityException() {
        super();
    }

    public GenericEntityException(String str) {
        super(str);
    }

    public GenericEntityException(String str, Throwable nested) {
        super(str, nested);
    }
}
