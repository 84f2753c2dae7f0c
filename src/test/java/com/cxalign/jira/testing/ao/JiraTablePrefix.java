package com.cxalign.jira.testing.ao;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

import net.java.ao.atlassian.TablePrefix;

/**
 * The table prefix Jira's Active Objects plugin gives a plugin's tables: {@code AO_}, then the last six hex digits
 * of the MD5 hash of the {@code <ao>} module's namespace (by default the plugin key), then {@code _}.
 * Documented at https://developer.atlassian.com/server/framework/atlassian-sdk/table-names/ with the example
 * {@code com.atlassian.example.ao.myplugin → AO_28BE2D_}.
 */
public final class JiraTablePrefix implements TablePrefix {

    private final String prefix;

    public JiraTablePrefix(String namespace) {
        String hex = HexFormat.of().formatHex(md5(namespace));
        this.prefix = "AO_" + hex.substring(hex.length() - 6).toUpperCase(Locale.ROOT) + "_";
    }

    @Override
    public String prepend(String string) {
        return prefix + string;
    }

    public String value() {
        return prefix;
    }

    private static byte[] md5(String text) {
        try {
            return MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every JDK", e);
        }
    }
}
