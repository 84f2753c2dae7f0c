package com.cxalign.jira.initiative.setup;

import java.util.ArrayList;
import java.util.List;

/**
 * What a setup run did, in words an admin can check: the Jira objects it created, those it found and adopted (by
 * name, from an earlier install), and the option changes it made to follow the catalogue.
 */
public record SetupReport(List<String> created, List<String> adopted, List<String> optionChanges) {

    public SetupReport {
        created = List.copyOf(created);
        adopted = List.copyOf(adopted);
        optionChanges = List.copyOf(optionChanges);
    }

    public boolean changedNothing() {
        return created.isEmpty() && adopted.isEmpty() && optionChanges.isEmpty();
    }

    /** Collects a report while setup runs. */
    static final class Builder {
        final List<String> created = new ArrayList<>();
        final List<String> adopted = new ArrayList<>();
        final List<String> optionChanges = new ArrayList<>();

        SetupReport build() {
            return new SetupReport(created, adopted, optionChanges);
        }
    }
}
