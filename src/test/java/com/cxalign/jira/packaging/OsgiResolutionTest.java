package com.cxalign.jira.packaging;

import static org.hamcrest.CoreMatchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;
import static org.junit.Assert.assertTrue;

import com.cxalign.jira.packaging.PluginJarCheck.ImportedPackage;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.jar.JarFile;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class OsgiResolutionTest {

    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    @Test
    public void thePluginResolvesAgainstThePackagesJira103Exports() throws Exception {
        Optional<String> failure = OsgiResolution.resolve(BuiltPlugin.jar(), JiraExports.load(), temp.newFolder().toPath());

        assertEquals("The plugin does not resolve: " + failure.orElse(""), Optional.empty(), failure);
    }

    @Test
    public void everyImportHasAVersionRange() throws Exception {
        for (ImportedPackage imported : imports()) {
            assertTrue("Import-Package " + imported.name() + " has no version range", imported.version() != null);
            assertTrue("Import-Package " + imported.name() + " must not be optional: Jira always provides it",
                    !imported.optional());
        }
    }

    @Test
    public void aPackageJiraDoesNotExportMakesResolutionFailNamingThePackage() throws Exception {
        Map<String, String> exports = new TreeMap<>(JiraExports.load());
        exports.remove("com.atlassian.sal.api.user");

        Optional<String> failure = OsgiResolution.resolve(BuiltPlugin.jar(), exports, temp.newFolder().toPath());

        assertTrue("resolution should fail without com.atlassian.sal.api.user", failure.isPresent());
        assertThat(failure.get(), containsString("com.atlassian.sal.api.user"));
    }

    @Test
    public void anExportOutsideTheImportedVersionRangeMakesResolutionFailNamingThePackage() throws Exception {
        Map<String, String> exports = new TreeMap<>(JiraExports.load());
        exports.put("javax.servlet.http", "99.0.0");

        Optional<String> failure = OsgiResolution.resolve(BuiltPlugin.jar(), exports, temp.newFolder().toPath());

        assertTrue("resolution should fail with javax.servlet.http at 99.0.0", failure.isPresent());
        assertThat(failure.get(), containsString("javax.servlet.http"));
    }

    private static List<ImportedPackage> imports() throws Exception {
        try (JarFile jar = new JarFile(BuiltPlugin.jar().toFile())) {
            return ImportedPackage.parse(jar.getManifest().getMainAttributes().getValue("Import-Package"));
        }
    }
}
