package com.cxalign.jira.workflow.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text as a list of lower-case words (letters and digits in any script), so that rules compare meaning, not marks. */
final class Words {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private Words() {
    }

    static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    /** {@code text}'s words without every whole-word occurrence of {@code phrase}'s words. */
    static List<String> without(List<String> text, List<String> phrase) {
        if (phrase.isEmpty()) {
            return text;
        }
        List<String> left = new ArrayList<>();
        int i = 0;
        while (i < text.size()) {
            if (i + phrase.size() <= text.size() && text.subList(i, i + phrase.size()).equals(phrase)) {
                i += phrase.size();
            } else {
                left.add(text.get(i++));
            }
        }
        return left;
    }
}
