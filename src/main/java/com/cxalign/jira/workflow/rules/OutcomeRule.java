package com.cxalign.jira.workflow.rules;

import com.cxalign.jira.initiative.model.CxField;
import com.cxalign.jira.platform.errors.FieldError;

import java.util.List;
import java.util.Optional;

/**
 * "Customer outcome stated": the Customer Outcome says, in enough words of its own, what changes for the customer.
 * Refused: an empty outcome; one that is only a placeholder ("TBD", "improve CX") or has too few words once the
 * placeholders are taken out; one that repeats the summary; and, where configured, one that does not name the
 * customer. Each refusal is one finding on {@code outcome} that says what is missing.
 */
public final class OutcomeRule {

    private static final String FIELD = CxField.OUTCOME.jsonName();

    private OutcomeRule() {
    }

    public static List<FieldError> check(String outcome, String summary, OutcomeRuleConfig config) {
        List<String> words = Words.of(outcome);
        if (words.isEmpty()) {
            return List.of(FieldError.of(FIELD, "cx-align.workflow.outcome.missing"));
        }
        if (config.refusedPhrases().contains(OutcomeRuleConfig.SAME_AS_SUMMARY) && words.equals(Words.of(summary))) {
            return List.of(FieldError.of(FIELD, "cx-align.workflow.outcome.same-as-summary"));
        }
        Optional<String> placeholder = placeholder(words, config);
        if (placeholder.isPresent()) {
            return List.of(FieldError.of(FIELD, "cx-align.workflow.outcome.placeholder", placeholder.get(),
                    config.minWords()));
        }
        if (words.size() < config.minWords()) {
            return List.of(FieldError.of(FIELD, "cx-align.workflow.outcome.too-short", config.minWords(),
                    words.size()));
        }
        if (config.requireCustomer() && !namesTheCustomer(words, config.customerWords())) {
            return List.of(FieldError.of(FIELD, "cx-align.workflow.outcome.no-customer",
                    String.join(", ", config.customerWords())));
        }
        return List.of();
    }

    /**
     * The refused phrase that makes this outcome a placeholder: the whole outcome is the phrase, or what is left
     * without the refused phrases is shorter than the minimum although the outcome itself is not.
     */
    private static Optional<String> placeholder(List<String> words, OutcomeRuleConfig config) {
        List<String> left = words;
        String found = null;
        for (String phrase : config.refusedPhrases()) {
            if (phrase.equals(OutcomeRuleConfig.SAME_AS_SUMMARY)) {
                continue;
            }
            List<String> phraseWords = Words.of(phrase);
            // "To-do", "to do" and "todo" are the same placeholder: compare the letters, not the spacing.
            if (String.join("", words).equals(String.join("", phraseWords))) {
                return Optional.of(phrase);
            }
            List<String> without = Words.without(left, phraseWords);
            if (without.size() < left.size()) {
                found = found == null ? phrase : found;
                left = without;
            }
        }
        return found != null && left.size() < config.minWords() ? Optional.of(found) : Optional.empty();
    }

    /** A word of the outcome is a customer word or its plural ("customers", "users"). */
    private static boolean namesTheCustomer(List<String> words, List<String> customerWords) {
        for (String customerWord : customerWords) {
            for (String stem : Words.of(customerWord)) {
                if (words.stream().anyMatch(word -> word.equals(stem) || word.equals(stem + "s")
                        || word.equals(stem + "es"))) {
                    return true;
                }
            }
        }
        return false;
    }
}
