package com.cxalign.jira.workflow.rules;

import java.util.List;

/**
 * How strict "Customer outcome stated" is, as an admin configures it on a transition: the fewest words an outcome
 * needs, the placeholder phrases that are refused (the phrase {@value #SAME_AS_SUMMARY} refuses an outcome that
 * only repeats the summary), and whether the outcome must name the customer with one of {@code customerWords}.
 */
public record OutcomeRuleConfig(int minWords, List<String> refusedPhrases, boolean requireCustomer,
                                List<String> customerWords) {

    public static final String SAME_AS_SUMMARY = "same as summary";
    public static final int DEFAULT_MIN_WORDS = 8;
    public static final int MAX_MIN_WORDS = 100;
    public static final List<String> DEFAULT_REFUSED_PHRASES =
            List.of("tbd", "n/a", "todo", "improve cx", "better experience", SAME_AS_SUMMARY);
    public static final List<String> DEFAULT_CUSTOMER_WORDS = List.of("customer", "user", "client", "buyer",
            "shopper", "member", "subscriber", "guest", "patient", "account");

    public OutcomeRuleConfig {
        refusedPhrases = List.copyOf(refusedPhrases);
        customerWords = List.copyOf(customerWords);
    }

    public static OutcomeRuleConfig defaults() {
        return new OutcomeRuleConfig(DEFAULT_MIN_WORDS, DEFAULT_REFUSED_PHRASES, false, DEFAULT_CUSTOMER_WORDS);
    }
}
