package com.cxalign.jira.initiative.values;

import com.cxalign.jira.initiative.model.CxField;

/** Which catalogue goal or metric a CX Goal or CX Metric option stands for. */
@FunctionalInterface
public interface CatalogOptionLookup {

    /** @return the goal or metric id, or null when the option is not one the plugin made */
    Integer catalogId(CxField field, long optionId);
}
