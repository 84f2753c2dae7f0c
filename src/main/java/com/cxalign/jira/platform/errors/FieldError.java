package com.cxalign.jira.platform.errors;

import java.util.Arrays;
import java.util.List;

/**
 * What is wrong with one input field: the field's name as the client sent it, and an i18n key with arguments that
 * says what is wrong in plain words.
 */
public record FieldError(String field, String messageKey, List<String> arguments) {

    public FieldError {
        arguments = List.copyOf(arguments);
    }

    public static FieldError of(String field, String messageKey, Object... arguments) {
        return new FieldError(field, messageKey, Arrays.stream(arguments).map(String::valueOf).toList());
    }
}
