package com.cxalign.jira.testing.velocity;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The {@code $i18n} of plugin templates in tests: like SAL's {@code I18nResolver} that Jira's template renderer puts
 * into every template context, {@code getText(key, args...)} formats the plugin's text with {@link MessageFormat}
 * (so {@code ''} is one apostrophe and {@code {0}} the first argument) — but where Jira shows an unknown key as the
 * key itself, this one THROWS, so a typo in a template or in Java code fails the test that renders it.
 */
public final class StrictI18n {

    /** The plugin's i18n resource (the descriptor's {@code <resource type="i18n" location="i18n.cx-align"/>}). */
    public static final String PLUGIN_BUNDLE = "i18n/cx-align.properties";

    private final Map<String, String> texts;
    private final Locale locale;

    public StrictI18n(Map<String, String> texts) {
        this(texts, Locale.ENGLISH);
    }

    public StrictI18n(Map<String, String> texts, Locale locale) {
        this.texts = Collections.unmodifiableMap(new TreeMap<>(texts));
        this.locale = Objects.requireNonNull(locale, "locale");
    }

    /** The plugin's own texts, read (as UTF-8, like Java 9+ resource bundles) from the test class path. */
    public static StrictI18n forPlugin() {
        return fromClasspath(PLUGIN_BUNDLE);
    }

    public static StrictI18n fromClasspath(String resource) {
        ClassLoader loader = StrictI18n.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("i18n resource " + resource + " is not on the class path");
            }
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            Map<String, String> texts = new TreeMap<>();
            properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
            return new StrictI18n(texts);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    /** A copy without {@code key}: lets a test prove that a template using it fails. */
    public StrictI18n without(String key) {
        Map<String, String> copy = new TreeMap<>(texts);
        copy.remove(key);
        return new StrictI18n(copy, locale);
    }

    public String getText(String key) {
        return format(key, new Object[0]);
    }

    public String getText(String key, Object... args) {
        return format(key, args == null ? new Object[0] : args);
    }

    public boolean hasKey(String key) {
        return texts.containsKey(key);
    }

    /** The unformatted text; throws like {@link #getText(String)} on an unknown key. */
    public String getRawText(String key) {
        String pattern = texts.get(key);
        if (pattern == null) {
            throw new IllegalArgumentException("Unknown i18n key '" + key + "': it is not defined in the plugin's "
                    + "i18n resources");
        }
        return pattern;
    }

    public Map<String, String> texts() {
        return texts;
    }

    private String format(String key, Object[] args) {
        return new MessageFormat(getRawText(key), locale).format(args);
    }
}
