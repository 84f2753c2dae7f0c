package com.cxalign.jira.packaging;

import static org.hamcrest.CoreMatchers.hasItem;
import static org.hamcrest.CoreMatchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class PluginJarTest {

    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    @Test
    public void theBuiltJarCarriesTheManifestJiraNeedsAndOnlyThePluginsOwnClasses() throws Exception {
        List<String> problems = PluginJarCheck.problems(BuiltPlugin.jar(), BuiltPlugin.key());
        assertEquals("Problems in " + BuiltPlugin.jar() + ":\n" + String.join("\n", problems), List.of(), problems);
    }

    @Test
    public void aStubClassThatSlipsIntoTheJarIsReported() throws Exception {
        Path jar = DoctoredJar.of(BuiltPlugin.jar())
                .add("com/atlassian/sal/api/user/UserManager.class", new byte[] {(byte) 0xCA, (byte) 0xFE})
                .writeTo(temp.getRoot().toPath().resolve("with-stub.jar"));

        assertThat(PluginJarCheck.problems(jar, BuiltPlugin.key()),
                hasItem(containsString("com/atlassian/sal/api/user/UserManager.class")));
    }

    @Test
    public void aBundledLibraryIsReported() throws Exception {
        Path jar = DoctoredJar.of(BuiltPlugin.jar())
                .add("META-INF/lib/guava.jar", "not really a jar".getBytes(StandardCharsets.UTF_8))
                .writeTo(temp.getRoot().toPath().resolve("with-library.jar"));

        assertThat(PluginJarCheck.problems(jar, BuiltPlugin.key()), hasItem(containsString("META-INF/lib/guava.jar")));
    }

    @Test
    public void aMissingAtlassianPluginKeyHeaderIsReported() throws Exception {
        Path jar = DoctoredJar.of(BuiltPlugin.jar())
                .manifest(manifest -> manifest.getMainAttributes().remove(new Attributes.Name("Atlassian-Plugin-Key")))
                .writeTo(temp.getRoot().toPath().resolve("no-key.jar"));

        assertThat(PluginJarCheck.problems(jar, BuiltPlugin.key()),
                hasItem(containsString("Atlassian-Plugin-Key is missing")));
    }

    @Test
    public void aPluginKeyThatDiffersFromTheDescriptorIsReported() throws Exception {
        assertThat(PluginJarCheck.problems(BuiltPlugin.jar(), "com.example.other-key"),
                hasItem(containsString("atlassian-plugin.xml has key '" + BuiltPlugin.key() + "'")));
    }

    @Test
    public void javaAndWildcardImportsAreReported() throws Exception {
        Path jar = DoctoredJar.of(BuiltPlugin.jar())
                .manifest(manifest -> manifest.getMainAttributes().putValue("Import-Package",
                        "java.lang,javax.servlet;version=\"[4.0,5)\",*;resolution:=optional"))
                .writeTo(temp.getRoot().toPath().resolve("bad-imports.jar"));

        List<String> problems = PluginJarCheck.problems(jar, BuiltPlugin.key());
        assertThat(problems, hasItem(containsString("java.lang")));
        assertThat(problems, hasItem(containsString("wildcard entry '*'")));
    }

    @Test
    public void aServiceNamedOnlyInSpringXmlWhosePackageIsNotImportedIsReported() throws Exception {
        String springXml = "<beans xmlns='http://www.springframework.org/schema/beans'"
                + " xmlns:osgi='http://www.eclipse.org/gemini/blueprint/schema/blueprint'>"
                + "<osgi:reference id='searchService' interface='com.atlassian.jira.bc.issue.search.SearchService'/>"
                + "</beans>";
        Path jar = DoctoredJar.of(BuiltPlugin.jar())
                .add("META-INF/spring/extra-context.xml", springXml.getBytes(StandardCharsets.UTF_8))
                .writeTo(temp.getRoot().toPath().resolve("unimported-service.jar"));

        assertThat(PluginJarCheck.problems(jar, BuiltPlugin.key()),
                hasItem(containsString("Import-Package lacks com.atlassian.jira.bc.issue.search")));
    }
}
