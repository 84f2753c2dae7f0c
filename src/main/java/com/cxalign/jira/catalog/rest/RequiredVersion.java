package com.cxalign.jira.catalog.rest;

import com.cxalign.jira.platform.errors.FieldError;
import com.cxalign.jira.platform.errors.ValidationException;

import java.util.List;

/** Every change must say which version it was based on; without it, a lost update could not be noticed. */
final class RequiredVersion {

    private RequiredVersion() {
    }

    static int of(Integer version) {
        if (version == null) {
            throw new ValidationException(List.of(FieldError.of("version", "cx-align.field.required")));
        }
        return version;
    }
}
