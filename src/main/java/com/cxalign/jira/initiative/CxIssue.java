package com.cxalign.jira.initiative;

import com.cxalign.jira.initiative.model.CxField;
import com.cxalign.jira.initiative.model.CxIssueType;

import java.time.Instant;
import java.util.Map;

/**
 * An issue as the plugin sees it, without Jira types: its identity, when it was created, which CX issue type it is
 * (null for any other type) and the raw values of its CX fields (see
 * {@link com.cxalign.jira.initiative.values.RawValues}). An issue being created has id 0 and no key or creation
 * time yet.
 */
public record CxIssue(long id, String key, String summary, long projectId, Instant created, CxIssueType type,
                      Map<CxField, Object> rawValues) {

    public CxIssue {
        rawValues = Map.copyOf(rawValues);
    }

    public boolean isCx() {
        return type != null;
    }
}
