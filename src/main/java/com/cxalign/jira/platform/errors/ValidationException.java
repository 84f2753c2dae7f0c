package com.cxalign.jira.platform.errors;

import java.util.List;

/** Input that cannot be accepted: one or more field errors. Nothing has been stored. (HTTP 400) */
public final class ValidationException extends CxAlignException {

    private static final long serialVersionUID = 1L;

    private final List<FieldError> fieldErrors;

    public ValidationException(List<FieldError> fieldErrors) {
        super("cx-align.error.validation", List.of());
        if (fieldErrors.isEmpty()) {
            throw new IllegalArgumentException("a validation failure needs at least one field error");
        }
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public List<FieldError> getFieldErrors() {
        return fieldErrors;
    }
}
