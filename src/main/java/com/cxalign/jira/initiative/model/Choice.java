package com.cxalign.jira.initiative.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The fixed options of a select field (journey stage, channel, sentiment) and the words Jira shows for them: the
 * constant's name in sentence case ({@code ONBOARDING} is "Onboarding"). Reading an option back is forgiving of
 * case and surrounding spaces, because admins may retype an option; anything else is no choice at all.
 */
public final class Choice {

    private Choice() {
    }

    public static String label(Enum<?> value) {
        String words = value.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    public static <E extends Enum<E>> Optional<E> fromLabel(Class<E> type, String label) {
        if (label == null) {
            return Optional.empty();
        }
        String wanted = label.trim();
        return Arrays.stream(type.getEnumConstants())
                .filter(value -> label(value).equalsIgnoreCase(wanted) || value.name().equalsIgnoreCase(wanted))
                .findFirst();
    }
}
