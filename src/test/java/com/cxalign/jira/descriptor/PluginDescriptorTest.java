package com.cxalign.jira.descriptor;

import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The real plugin's {@code atlassian-plugin.xml} against the real code, Spring XML, resources and i18n: see
 * {@link PluginDescriptorCheck} for what each check covers and {@link PluginDescriptorCheckTest} for the proof that
 * each check fails when what it guards is broken. Every failure lists all problems of that kind.
 *
 * <p>Reads the Maven-filtered descriptor {@code target/classes/atlassian-plugin.xml} (made by process-resources),
 * {@code src/main/resources}, {@code src/main/java}, {@code src/api-stubs/README.md} (host classes) and compares the
 * plugin key with the system property {@code cx.plugin.key} that surefire sets from the POM.
 */
public class PluginDescriptorTest {

    private static Path basedir;
    private static PluginDescriptorCheck check;

    @BeforeClass
    public static void readThePlugin() {
        basedir = Paths.get(System.getProperty("cx.basedir", "")).toAbsolutePath();
        Path filtered = basedir.resolve("target/classes/atlassian-plugin.xml");
        assertTrue("The filtered descriptor " + filtered + " is missing: run the tests through Maven "
                + "(process-resources makes it)", Files.isRegularFile(filtered));
        check = PluginDescriptorCheck.of(filtered, basedir.resolve("src/main/resources"))
                .javaSources(basedir.resolve("src/main/java"))
                .hostClasses(HostClassList.readFrom(basedir.resolve("src/api-stubs/README.md")))
                .classLoader(PluginDescriptorTest.class.getClassLoader())
                .expectedPluginKey(System.getProperty("cx.plugin.key"));
    }

    @Test
    public void theRepositoryDescriptorTakesThePluginKeyFromThePom() {
        assertNoProblems("the unfiltered descriptor",
                PluginDescriptorCheck.unfilteredKeyProblems(basedir.resolve("atlassian-plugin.xml")));
    }

    @Test
    public void surefirePassesThePluginKeyFromThePom() {
        assertNotNull("system property cx.plugin.key is not set: the pom's surefire configuration must pass "
                + "${plugin.key}", System.getProperty("cx.plugin.key"));
    }

    @Test
    public void everyClassNamedInTheDescriptorExistsAndHasTheRightType() {
        assertNoProblems("classes named in the descriptor", check.classProblems());
    }

    @Test
    public void springXmlLoadsAndEveryAutowiredConstructorCanBeSatisfied() {
        assertNoProblems("Spring wiring", check.springWiringProblems());
    }

    @Test
    public void everyResourceTheDescriptorNamesExistsAndTheIconsArePngImages() {
        assertNoProblems("resources", check.resourceProblems());
    }

    @Test
    public void everyI18nKeyUsedByTheDescriptorTemplatesAndScriptsIsDefined() {
        assertNoProblems("i18n keys", check.undefinedI18nKeyProblems());
    }

    @Test
    public void everyDefinedI18nKeyIsUsedSomewhere() {
        assertNoProblems("dead i18n keys", check.unusedI18nKeys());
    }

    @Test
    public void pluginInfoIsCompleteDataCenterCompatibleAndModuleKeysAndLocationsAreValid() {
        assertNoProblems("plugin information and module keys", check.pluginInfoProblems());
    }

    @Test
    public void webResourceDependenciesAndReferencesNameRealModules() {
        assertNoProblems("web-resource keys", check.webResourceProblems());
    }

    @Test
    public void theWholeDescriptorHasNoProblems() {
        assertNoProblems("the descriptor", check.allProblems());
    }

    static void assertNoProblems(String what, List<String> problems) {
        if (!problems.isEmpty()) {
            fail(problems.size() + " problem(s) with " + what + ":\n  - " + String.join("\n  - ", problems));
        }
    }
}
