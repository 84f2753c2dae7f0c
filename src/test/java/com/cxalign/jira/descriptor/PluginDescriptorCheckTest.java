package com.cxalign.jira.descriptor;

import static com.cxalign.jira.descriptor.FixturePlugin.DESCRIPTOR;
import static com.cxalign.jira.descriptor.FixturePlugin.HOST_CLASSES;
import static com.cxalign.jira.descriptor.FixturePlugin.I18N;
import static com.cxalign.jira.descriptor.FixturePlugin.JAVA;
import static com.cxalign.jira.descriptor.FixturePlugin.SCRIPT;
import static com.cxalign.jira.descriptor.FixturePlugin.SPRING;
import static com.cxalign.jira.descriptor.FixturePlugin.TEMPLATE;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Proves that {@link PluginDescriptorCheck} fails when what it guards is broken: each test copies the fixture plugin
 * {@code src/test/resources/descriptor-fixtures/good} (which has no problems), breaks exactly one thing and asserts
 * that the check reports it, naming the offending class, key, file or module.
 */
public class PluginDescriptorCheckTest {

    private static final String FIXTURE = "com.cxalign.jira.descriptor.fixture.";
    private static final String CONDITION = "com.atlassian.jira.plugin.webfragment.conditions.UserIsAdminCondition";

    @Rule
    public final TemporaryFolder temporary = new TemporaryFolder();

    private FixturePlugin plugin;

    @Before
    public void copyTheFixturePlugin() {
        plugin = FixturePlugin.copyInto(temporary.getRoot().toPath());
    }

    // ------------------------------------------------------------------------------------------------- baseline

    @Test
    public void theUnbrokenFixturePluginHasNoProblems() {
        PluginDescriptorTest.assertNoProblems("the fixture plugin", plugin.check().allProblems());
        PluginDescriptorTest.assertNoProblems("the fixture plugin's i18n keys", plugin.check().unusedI18nKeys());
    }

    @Test
    public void aDescriptorThatIsNotWellFormedXmlIsReported() {
        plugin.replace(DESCRIPTOR, "</atlassian-plugin>", "");
        assertReported(plugin.check().allProblems(), "cannot read descriptor", DESCRIPTOR);
    }

    // -------------------------------------------------------------------------------------------------- classes

    @Test
    public void aServletClassThatDoesNotExistIsReported() {
        plugin.replace(DESCRIPTOR, FIXTURE + "FixtureServlet", FIXTURE + "MissingServlet");
        assertReported(plugin.check().classProblems(),
                "<servlet key=\"fixture-servlet\">", FIXTURE + "MissingServlet", "cannot be loaded");
    }

    @Test
    public void aServletThatIsNotAnHttpServletIsReported() {
        plugin.replace(DESCRIPTOR, FIXTURE + "FixtureServlet", FIXTURE + "NotAServlet");
        assertReported(plugin.check().classProblems(),
                FIXTURE + "NotAServlet", "not a javax.servlet.http.HttpServlet");
    }

    @Test
    public void anAbstractServletIsReported() {
        plugin.replace(DESCRIPTOR, FIXTURE + "FixtureServlet", FIXTURE + "AbstractFixtureServlet");
        assertReported(plugin.check().classProblems(), FIXTURE + "AbstractFixtureServlet", "abstract");
    }

    @Test
    public void aServletFilterThatIsNotAFilterIsReported() {
        plugin.replace(DESCRIPTOR, FIXTURE + "FixtureFilter", FIXTURE + "FixtureComponent");
        assertReported(plugin.check().classProblems(),
                "<servlet-filter key=\"fixture-filter\">", FIXTURE + "FixtureComponent", "not a javax.servlet.Filter");
    }

    @Test
    public void aValidatorClassThatIsNotAWorkflowValidatorIsReported() {
        plugin.replace(DESCRIPTOR, FIXTURE + "FixtureValidator", FIXTURE + "FixtureFilter");
        assertReported(plugin.check().classProblems(),
                "<validator-class> in <workflow-validator key=\"fixture-validator\">",
                FIXTURE + "FixtureFilter", "not a com.opensymphony.workflow.Validator");
    }

    @Test
    public void anActiveObjectsEntityThatIsNotAnEntityIsReported() {
        plugin.replace(DESCRIPTOR, FIXTURE + "FixtureEntity", FIXTURE + "FixtureHostService");
        assertReported(plugin.check().classProblems(),
                "<entity> in <ao key=\"fixture-ao\">", FIXTURE + "FixtureHostService", "not a net.java.ao.RawEntity");
    }

    @Test
    public void anUpgradeTaskThatIsNotAnUpgradeTaskIsReported() {
        plugin.replace(DESCRIPTOR, FIXTURE + "FixtureUpgradeTask", FIXTURE + "FixtureComponent");
        assertReported(plugin.check().classProblems(), "<upgradeTask>", FIXTURE + "FixtureComponent",
                "not a com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask");
    }

    @Test
    public void aClassInAModuleTypeTheCheckDoesNotKnowIsReportedAsUnknown() {
        plugin.replace(DESCRIPTOR, "</atlassian-plugin>",
                "<frobnicator key=\"fixture-frob\" class=\"" + FIXTURE + "FixtureComponent\"/></atlassian-plugin>");
        assertReported(plugin.check().classProblems(),
                "unknown module type", "<frobnicator key=\"fixture-frob\">", "add <frobnicator>");
    }

    @Test
    public void aJiraClassThatIsNotListedAsAHostClassIsReported() {
        plugin.replace(DESCRIPTOR, CONDITION,
                "com.atlassian.jira.plugin.webfragment.conditions.UserIsLoggedInCondition");
        assertReported(plugin.check().classProblems(), "<condition> in <web-item key=\"fixture-link\">",
                "com.atlassian.jira.plugin.webfragment.conditions.UserIsLoggedInCondition", "not listed");
    }

    @Test
    public void withoutTheHostClassSectionEveryJiraClassIsReported() {
        plugin.replace(HOST_CLASSES, "## Host classes named in the descriptor", "## Classes we like");
        List<String> problems = plugin.check().classProblems();
        assertReported(problems, CONDITION, "not listed");
        assertReported(problems, "com.atlassian.jira.plugin.workflow.WorkflowNoInputPluginFactory", "not listed");
    }

    @Test
    public void aHostClassListedWithoutEvidenceIsNotAccepted() {
        plugin.replace(HOST_CLASSES, ": https://example.com/evidence/condition", "");
        assertReported(plugin.check().classProblems(), CONDITION, "not listed");
    }

    @Test
    public void aHostClassListedInAnotherSectionIsNotAccepted() {
        plugin.replace(DESCRIPTOR, CONDITION, "com.atlassian.jira.NotAHostClassBecauseItIsInAnotherSection");
        assertReported(plugin.check().classProblems(),
                "com.atlassian.jira.NotAHostClassBecauseItIsInAnotherSection", "not listed");
    }

    // -------------------------------------------------------------------------------------------- Spring wiring

    @Test
    public void aBeanClassThatDoesNotExistIsReported() {
        plugin.replace(SPRING, FIXTURE + "FixtureComponent", FIXTURE + "MissingComponent");
        assertReported(plugin.check().springWiringProblems(),
                "<bean id=\"component\">", FIXTURE + "MissingComponent", "cannot be loaded");
    }

    @Test
    public void anOsgiReferenceToAnInterfaceThatDoesNotExistIsReported() {
        plugin.replace(SPRING, FIXTURE + "FixtureHostService", FIXTURE + "MissingHostService");
        assertReported(plugin.check().springWiringProblems(),
                "<osgi:reference id=\"hostService\">", FIXTURE + "MissingHostService", "cannot be loaded");
    }

    @Test
    public void anOsgiReferenceToAClassInsteadOfAnInterfaceIsReported() {
        plugin.replace(SPRING, "interface=\"" + FIXTURE + "FixtureHostService\"",
                "interface=\"" + FIXTURE + "FixtureFactoryBean\"");
        assertReported(plugin.check().springWiringProblems(), FIXTURE + "FixtureFactoryBean", "not an interface");
    }

    @Test
    public void aMissingOsgiReferenceIsReportedAsTheUnsatisfiedParameterTypeOfEveryConstructorThatNeedsIt() {
        plugin.replace(SPRING,
                "<osgi:reference id=\"hostService\" interface=\"" + FIXTURE + "FixtureHostService\"/>", "");
        List<String> problems = plugin.check().springWiringProblems();
        assertReported(problems, "<bean id=\"component\">", "parameter " + FIXTURE + "FixtureHostService",
                "not provided");
        assertReported(problems, "<servlet key=\"fixture-servlet\">", "parameter " + FIXTURE + "FixtureHostService",
                "not provided");
    }

    @Test
    public void aMissingFactoryMadeBeanIsReportedForTheServletThatNeedsIt() {
        plugin.replace(SPRING, "<bean id=\"factoryBean\" class=\"" + FIXTURE + "FixtureFactoryBean\" "
                + "factory-method=\"create\"/>", "");
        assertReported(plugin.check().springWiringProblems(),
                "<servlet key=\"fixture-servlet\">", "parameter " + FIXTURE + "FixtureFactoryBean", "not provided");
    }

    @Test
    public void aFactoryMethodThatDoesNotExistIsReported() {
        plugin.replace(SPRING, "factory-method=\"create\"", "factory-method=\"load\"");
        assertReported(plugin.check().springWiringProblems(), "<bean id=\"factoryBean\">", "factory-method load");
    }

    @Test
    public void aServletWithTwoPublicConstructorsIsReported() {
        plugin.replace(DESCRIPTOR, FIXTURE + "FixtureServlet", FIXTURE + "TwoConstructorsServlet");
        assertReported(plugin.check().springWiringProblems(),
                FIXTURE + "TwoConstructorsServlet", "2 public constructors");
    }

    @Test
    public void aServletWhoseConstructorNeedsAnUndeclaredServiceIsReported() {
        plugin.replace(DESCRIPTOR, FIXTURE + "FixtureServlet", FIXTURE + "NeedsUndeclaredServiceServlet");
        assertReported(plugin.check().springWiringProblems(), "<servlet key=\"fixture-servlet\">",
                "parameter " + FIXTURE + "FixtureUndeclaredService", "missing <osgi:reference interface=\""
                        + FIXTURE + "FixtureUndeclaredService\"/>");
    }

    @Test
    public void aBeanWithAConstructorButWithoutAutowiringIsReported() {
        plugin.replace(SPRING, " autowire=\"constructor\"", "");
        assertReported(plugin.check().springWiringProblems(),
                "<bean id=\"component\">", FIXTURE + "FixtureComponent", "no no-argument constructor");
    }

    // ------------------------------------------------------------------------------------------------ resources

    @Test
    public void aMissingDownloadResourceIsReported() {
        plugin.replace(DESCRIPTOR, "location=\"js/fixture.js\"", "location=\"js/missing.js\"");
        assertReported(plugin.check().resourceProblems(),
                "<web-resource key=\"fixture-resources\">", "js/missing.js", "does not exist");
    }

    @Test
    public void aMissingVelocityResourceIsReported() {
        plugin.delete(TEMPLATE);
        assertReported(plugin.check().resourceProblems(),
                "<workflow-validator key=\"fixture-validator\">", "templates/fixture/validator-view.vm");
    }

    @Test
    public void aMissingI18nResourceIsReported() {
        plugin.replace(DESCRIPTOR, "location=\"i18n.fixture\"", "location=\"i18n.missing\"");
        assertReported(plugin.check().resourceProblems(), "i18n.missing", "i18n/missing.properties");
    }

    @Test
    public void aMissingPluginIconIsReported() {
        plugin.delete("resources/images/fixture-icon.png");
        List<String> problems = plugin.check().resourceProblems();
        assertReported(problems, "plugin-icon", "images/fixture-icon.png", "does not exist");
        assertReported(problems, "vendor-icon", "images/fixture-icon.png", "does not exist");
    }

    @Test
    public void aPluginInfoWithoutAVendorLogoParamIsReported() {
        plugin.replace(DESCRIPTOR, "<param name=\"vendor-logo\">images/fixture-logo.png</param>", "");
        assertReported(plugin.check().resourceProblems(), "vendor-logo", "no <param");
    }

    @Test
    public void aLogoThatIsNotAPngIsReported() {
        plugin.write("resources/images/fixture-logo.png", "GIF89a, honestly");
        assertReported(plugin.check().resourceProblems(), "plugin-logo", "images/fixture-logo.png", "not a valid PNG");
    }

    @Test
    public void aTruncatedPngIsReported() {
        byte[] png = plugin.bytes("resources/images/fixture-logo.png");
        plugin.write("resources/images/fixture-logo.png", Arrays.copyOf(png, 40));
        assertReported(plugin.check().resourceProblems(), "plugin-logo", "not a valid PNG");
    }

    // ----------------------------------------------------------------------------------------------------- i18n

    @Test
    public void anUndefinedLabelKeyIsReported() {
        plugin.replace(DESCRIPTOR, "<label key=\"fixture.link\"/>", "<label key=\"fixture.lnik\"/>");
        assertReported(plugin.check().undefinedI18nKeyProblems(),
                "fixture.lnik", "<label> in <web-item key=\"fixture-link\">", "defined in no i18n resource");
    }

    @Test
    public void anUndefinedDescriptionKeyIsReported() {
        plugin.replace(DESCRIPTOR, "fixture.servlet.description", "fixture.servlet.descrption");
        assertReported(plugin.check().undefinedI18nKeyProblems(), "fixture.servlet.descrption", "<description>");
    }

    @Test
    public void anUndefinedI18nNameKeyIsReported() {
        plugin.replace(DESCRIPTOR, "i18n-name-key=\"fixture.servlet.name\"", "i18n-name-key=\"fixture.servlet.nmae\"");
        assertReported(plugin.check().undefinedI18nKeyProblems(), "fixture.servlet.nmae", "i18n-name-key");
    }

    @Test
    public void anUndefinedKeyInAVelocityTemplateIsReported() {
        plugin.replace(TEMPLATE, "\"fixture.validator.view\"", "\"fixture.validator.veiw\"");
        assertReported(plugin.check().undefinedI18nKeyProblems(),
                "fixture.validator.veiw", "templates/fixture/validator-view.vm");
    }

    @Test
    public void anUndefinedKeyInSingleQuotesInAVelocityTemplateIsReported() {
        plugin.replace(TEMPLATE, "\"fixture.validator.view\"", "'fixture.validator.veiw'");
        assertReported(plugin.check().undefinedI18nKeyProblems(), "fixture.validator.veiw");
    }

    @Test
    public void anUndefinedKeyInSingleQuotesInJavaScriptIsReported() {
        plugin.replace(SCRIPT, "'fixture.js.copied'", "'fixture.js.coppied'");
        assertReported(plugin.check().undefinedI18nKeyProblems(), "fixture.js.coppied", "js/fixture.js");
    }

    @Test
    public void anUndefinedKeyInDoubleQuotesInJavaScriptIsReported() {
        plugin.replace(SCRIPT, "\"fixture.js.failed\"", "\"fixture.js.fialed\"");
        assertReported(plugin.check().undefinedI18nKeyProblems(), "fixture.js.fialed", "js/fixture.js");
    }

    @Test
    public void keysInCommentsOfScriptsAndTemplatesAreNotUses() {
        plugin.append(SCRIPT, "// AJS.I18n.getText('fixture.line.comment')\n"
                + "/* AJS.I18n.getText(\"fixture.block\") */\n");
        plugin.append(TEMPLATE, "## $i18n.getText(\"fixture.vm.line\")\n"
                + "#* $i18n.getText(\"fixture.vm.block\") *#\n");
        PluginDescriptorTest.assertNoProblems("keys in comments", plugin.check().undefinedI18nKeyProblems());
    }

    @Test
    public void aDefinedKeyThatNothingUsesIsReportedAsDead() {
        plugin.append(I18N, "fixture.dead=Nobody reads this.\n");
        List<String> problems = plugin.check().unusedI18nKeys();
        assertReported(problems, "fixture.dead", "never used");
        assertEquals(problems.toString(), 1, problems.size());
    }

    @Test
    public void aKeyOnlyJavaCodeUsesIsDeadOnceTheJavaCodeIsGone() {
        plugin.delete(JAVA);
        assertReported(plugin.check().unusedI18nKeys(), "fixture.java.message", "never used");
    }

    // ---------------------------------------------------------------------------------------------- plugin info

    @Test
    public void aPluginKeyThatDiffersFromThePomIsReported() {
        plugin.expectingPluginKey("com.example.other-plugin");
        assertReported(plugin.check().pluginInfoProblems(), "com.example.fixture-plugin", "com.example.other-plugin");
    }

    @Test
    public void aMissingVendorUrlIsReported() {
        plugin.replace(DESCRIPTOR, " url=\"https://example.com\"", "");
        assertReported(plugin.check().pluginInfoProblems(), "<vendor url>", "missing");
    }

    @Test
    public void aMissingVendorNameIsReported() {
        plugin.replace(DESCRIPTOR, "name=\"Example\"", "name=\" \"");
        assertReported(plugin.check().pluginInfoProblems(), "<vendor name>", "missing");
    }

    @Test
    public void anEmptyVersionIsReported() {
        plugin.replace(DESCRIPTOR, "<version>1.0.0</version>", "<version></version>");
        assertReported(plugin.check().pluginInfoProblems(), "<version>", "missing");
    }

    @Test
    public void aMissingDescriptionIsReported() {
        plugin.replace(DESCRIPTOR, "<description>A plugin that exists only to be broken by tests.</description>", "");
        assertReported(plugin.check().pluginInfoProblems(), "<plugin-info><description>", "missing");
    }

    @Test
    public void aDataCenterStatusOtherThanCompatibleIsReported() {
        plugin.replace(DESCRIPTOR, "\"atlassian-data-center-status\">compatible<",
                "\"atlassian-data-center-status\">maybe<");
        assertReported(plugin.check().pluginInfoProblems(),
                "atlassian-data-center-status", "must be compatible", "maybe");
    }

    @Test
    public void aMissingDataCenterCompatibleParamIsReported() {
        plugin.replace(DESCRIPTOR, "<param name=\"atlassian-data-center-compatible\">true</param>", "");
        assertReported(plugin.check().pluginInfoProblems(), "atlassian-data-center-compatible", "must be true");
    }

    @Test
    public void anUnfilteredPlaceholderIsReported() {
        plugin.replace(DESCRIPTOR, "<version>1.0.0</version>", "<version>${project.version}</version>");
        assertReported(plugin.check().pluginInfoProblems(), "${project.version}", "unfiltered");
    }

    @Test
    public void aPlaceholderInACommentIsNotReported() {
        plugin.replace(DESCRIPTOR, "<plugin-info>", "<!-- Maven fills in ${project.version} --><plugin-info>");
        PluginDescriptorTest.assertNoProblems("the fixture plugin", plugin.check().pluginInfoProblems());
    }

    @Test
    public void aDuplicateModuleKeyIsReported() {
        plugin.replace(DESCRIPTOR, "key=\"fixture-filter\"", "key=\"fixture-servlet\"");
        assertReported(plugin.check().pluginInfoProblems(), "module key fixture-servlet", "2 modules");
    }

    @Test
    public void aWebItemInASectionNobodyDeclaresIsReported() {
        plugin.replace(DESCRIPTOR, "section=\"admin_plugins_menu/fixture-section\"",
                "section=\"admin_plugins_menu/fixture-sektion\"");
        assertReported(plugin.check().pluginInfoProblems(),
                "<web-item key=\"fixture-link\">", "admin_plugins_menu/fixture-sektion");
    }

    @Test
    public void aWebItemWhoseSectionIsAtAnotherLocationIsReported() {
        plugin.replace(DESCRIPTOR, "location=\"admin_plugins_menu\"", "location=\"system.top.navigation.bar\"");
        assertReported(plugin.check().pluginInfoProblems(),
                "<web-item key=\"fixture-link\">", "admin_plugins_menu/fixture-section");
    }

    @Test
    public void aWebSectionAtAnUnknownLocationIsReported() {
        plugin.replace(DESCRIPTOR, "location=\"admin_plugins_menu\"", "location=\"admin_plugin_menu\"");
        assertReported(plugin.check().pluginInfoProblems(),
                "<web-section key=\"fixture-section\">", "admin_plugin_menu", "known Jira location");
    }

    @Test
    public void aWebItemLinkThatNoServletServesIsReported() {
        plugin.replace(DESCRIPTOR, "<link linkId=\"fixture-link\">/plugins/servlet/fixture/admin</link>",
                "<link linkId=\"fixture-link\">/plugins/servlet/fixture/admn</link>");
        assertReported(plugin.check().pluginInfoProblems(), "<web-item key=\"fixture-link\">",
                "/plugins/servlet/fixture/admn", "no <servlet>");
    }

    @Test
    public void aConfigureUrlThatNoServletServesIsReported() {
        plugin.replace(DESCRIPTOR, "\"configure.url\">/plugins/servlet/fixture/admin<",
                "\"configure.url\">/plugins/servlet/fixture/config<");
        assertReported(plugin.check().pluginInfoProblems(), "configure.url", "/plugins/servlet/fixture/config");
    }

    // -------------------------------------------------------------------------------------------- web resources

    @Test
    public void aDependencyThatIsNotPluginKeyColonModuleKeyIsReported() {
        plugin.replace(DESCRIPTOR, "<dependency>com.atlassian.auiplugin:ajs</dependency>",
                "<dependency>jquery</dependency>");
        assertReported(plugin.check().webResourceProblems(), "<web-resource key=\"fixture-resources\">",
                "<dependency>jquery</dependency>", "pluginKey:moduleKey");
    }

    @Test
    public void aDependencyOnAModuleThisPluginDoesNotDeclareIsReported() {
        plugin.replace(DESCRIPTOR, "<dependency>com.atlassian.auiplugin:ajs</dependency>",
                "<dependency>com.atlassian.auiplugin:ajs</dependency>"
                        + "<dependency>com.example.fixture-plugin:no-such-resources</dependency>");
        assertReported(plugin.check().webResourceProblems(), "com.example.fixture-plugin:no-such-resources");
    }

    @Test
    public void aWebResourceKeyInJavaCodeThatTheDescriptorDoesNotDeclareIsReported() {
        plugin.replace(JAVA, "fixture-plugin:fixture-resources", "fixture-plugin:fixture-resourcez");
        assertReported(plugin.check().webResourceProblems(),
                "com/example/fixture/FixtureMessages.java", "com.example.fixture-plugin:fixture-resourcez");
    }

    // ------------------------------------------------------------------------------------- unfiltered descriptor

    @Test
    public void anUnfilteredDescriptorWithAHardCodedKeyIsReported() {
        assertReported(PluginDescriptorCheck.unfilteredKeyProblems(plugin.path(DESCRIPTOR)),
                "key=\"com.example.fixture-plugin\"", "${plugin.key}");
    }

    @Test
    public void anUnfilteredDescriptorWithThePomKeyPasses() {
        plugin.replace(DESCRIPTOR, "key=\"com.example.fixture-plugin\"", "key=\"${plugin.key}\"");
        assertTrue(PluginDescriptorCheck.unfilteredKeyProblems(plugin.path(DESCRIPTOR)).isEmpty());
    }

    // ---------------------------------------------------------------------------------------- host class list

    @Test
    public void theHostClassListKeepsSubsectionsAndStopsAtTheNextSection() throws IOException {
        Path readme = temporary.newFile("README.md").toPath();
        Files.write(readme, List.of(
                "# Stubs",
                "- `com.atlassian.Before`: https://example.com/before",
                "## Host classes named in the descriptor",
                "Intro text.",
                "- `com.atlassian.jira.One`: https://example.com/one",
                "### Conditions",
                "* `com.atlassian.jira.Two`: see https://example.com/two (javadoc)",
                "- `com.atlassian.jira.NoEvidence`: none found",
                "## Open questions",
                "- `com.atlassian.jira.After`: https://example.com/after"), StandardCharsets.UTF_8);
        HostClassList list = HostClassList.readFrom(readme);
        assertEquals(List.of("com.atlassian.jira.One", "com.atlassian.jira.Two"),
                List.copyOf(list.evidenceByClass().keySet()));
        assertFalse(HostClassList.readFrom(readme.resolveSibling("absent.md")).contains("com.atlassian.jira.One"));
    }

    private static void assertReported(List<String> problems, String... fragments) {
        for (String problem : problems) {
            if (Arrays.stream(fragments).allMatch(problem::contains)) {
                return;
            }
        }
        fail("expected a problem mentioning all of " + Arrays.toString(fragments) + ", got "
                + (problems.isEmpty() ? "none" : problems.size() + ":\n  - " + String.join("\n  - ", problems)));
    }
}
