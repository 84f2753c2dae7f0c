package com.cxalign.jira.descriptor;

import static org.junit.Assert.assertEquals;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.junit.Test;

/**
 * Jira formats every i18n text with {@link java.text.MessageFormat}, where a single apostrophe starts a quoted
 * section and disappears: "CX Align's checks" would read "CX Aligns checks". Apostrophes must be doubled.
 */
public class I18nApostropheTest {

    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    @Test
    public void everyApostropheInTheBundleIsDoubled() throws Exception {
        Properties bundle = new Properties();
        try (InputStream in = Files.newInputStream(Paths.get("src/main/resources/i18n/cx-align.properties"))) {
            bundle.load(in);
        }
        Map<String, String> lone = new TreeMap<>();
        bundle.stringPropertyNames().forEach(key -> {
            String text = bundle.getProperty(key);
            if (LONE_APOSTROPHE.matcher(text).find()) {
                lone.put(key, text);
            }
        });
        assertEquals("Texts with a single apostrophe (write '' instead)", Map.of(), lone);
    }
}
