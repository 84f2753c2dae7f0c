package com.cxalign.jira.initiative.values;

/** A select field's value as Jira holds it: the option's id and the words it shows. */
public record SelectedOption(long optionId, String value) {
}
