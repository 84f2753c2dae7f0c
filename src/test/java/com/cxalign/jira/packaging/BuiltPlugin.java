package com.cxalign.jira.packaging;

import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Where the build put the plugin jar and which key it must carry (both passed in by pom.xml's surefire setup). */
final class BuiltPlugin {

    private BuiltPlugin() {
    }

    static Path jar() {
        String location = System.getProperty("cx.jar");
        assertTrue("Run through Maven (mvn package): -Dcx.jar is not set", location != null);
        Path jar = Paths.get(location);
        assertTrue("The plugin jar " + jar + " does not exist; these checks run in the package phase", Files.isRegularFile(jar));
        return jar;
    }

    static String key() {
        String key = System.getProperty("cx.plugin.key");
        assertTrue("Run through Maven (mvn package): -Dcx.plugin.key is not set", key != null);
        return key;
    }
}
