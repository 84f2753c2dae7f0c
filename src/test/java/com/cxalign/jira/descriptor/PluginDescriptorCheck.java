package com.cxalign.jira.descriptor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Checks a plugin's {@code atlassian-plugin.xml} against what it names: classes (and the type each module needs),
 * the Spring XML that wires them, resources, i18n keys, the plugin information and web-resource keys.
 *
 * <p>Every check RETURNS human-readable problems instead of failing, so that a test can assert that the real plugin
 * has none and other tests can feed it broken plugins and see each breakage reported by name.
 *
 * <p>Inputs: the (Maven-filtered) descriptor, the plugin's resources folder ({@code src/main/resources}; the Spring
 * XML is read from its {@code META-INF/spring/*.xml}), optionally its Java sources (scanned for i18n keys and
 * {@code pluginKey:moduleKey} strings), the README that lists Jira ("host") classes the descriptor may name, a class
 * loader that sees the compiled plugin (the test class path) and the plugin key the POM defines.
 *
 * <p>This class only gathers the inputs; each kind of check lives in its own class ({@link ClassChecks},
 * {@link SpringWiringChecks}, {@link ResourceChecks}, {@link I18nChecks}, {@link PluginInfoChecks},
 * {@link WebFragmentChecks}, {@link WebResourceChecks}).
 */
public final class PluginDescriptorCheck {

    // What the checks know about Jira and Atlassian plugins; extend these as the plugin grows.

    /**
     * What a class named in the descriptor must be, by where it is named: {@code module} for a module element's own
     * {@code class} attribute, {@code module/child} for a nested element (its {@code class} attribute or, for
     * {@code *-class}, {@code <ao><entity>} and {@code <ao><upgradeTask>}, its text), {@code *}{@code /child} for a
     * child element in any module. A class named anywhere else is reported as an unknown module type.
     */
    static final Map<String, String> REQUIRED_TYPES;

    static {
        Map<String, String> types = new LinkedHashMap<>();
        types.put("servlet", "javax.servlet.http.HttpServlet");
        types.put("servlet-filter", "javax.servlet.Filter");
        types.put("servlet-context-listener", "javax.servlet.ServletContextListener");
        types.put("ao/entity", "net.java.ao.RawEntity");
        types.put("ao/upgradeTask", "com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask");
        types.put("workflow-validator", "com.atlassian.jira.plugin.workflow.WorkflowPluginValidatorFactory");
        types.put("workflow-validator/validator-class", "com.opensymphony.workflow.Validator");
        types.put("workflow-condition", "com.atlassian.jira.plugin.workflow.WorkflowPluginConditionFactory");
        types.put("workflow-condition/condition-class", "com.opensymphony.workflow.Condition");
        types.put("workflow-function", "com.atlassian.jira.plugin.workflow.WorkflowPluginFunctionFactory");
        types.put("workflow-function/function-class", "com.opensymphony.workflow.FunctionProvider");
        types.put("*/condition", "com.atlassian.plugin.web.Condition");
        types.put("*/context-provider", "com.atlassian.plugin.web.ContextProvider");
        types.put("web-panel", "com.atlassian.plugin.web.model.WebPanel");
        types.put("customfield-type", "com.atlassian.jira.issue.customfields.CustomFieldType");
        types.put("customfield-searcher", "com.atlassian.jira.issue.customfields.CustomFieldSearcher");
        types.put("jql-function", "com.atlassian.jira.plugin.jql.function.JqlFunction");
        // <webwork1 class="java.lang.Object">: the class attribute is a placeholder; the actions are named elsewhere.
        types.put("webwork1", "java.lang.Object");
        REQUIRED_TYPES = Collections.unmodifiableMap(types);
    }

    /**
     * Jira locations that web-sections and web-items of this plugin may use besides the web-sections it declares.
     * Sources: developer.atlassian.com "Web fragments" / "Administration UI locations" pages and shared reference
     * {@code jira10-api.md} section 7. Add a location here when a module starts using it.
     */
    static final Set<String> KNOWN_JIRA_LOCATIONS = Collections.unmodifiableSet(new TreeSet<>(Arrays.asList(
            "admin_plugins_menu",
            "top_system_section",
            "top_system_section/mail_section",
            "admin_applications_section",
            "admin_applications_section/admin_applications_integrations_section",
            "system.admin.top.navigation.bar",
            "system.top.navigation.bar",
            "system.user.options/personal",
            "system.user.options/jira-help",
            "jira.project.sidebar.plugins.navigation",
            "atl.jira.proj.config")));

    /** Descriptor elements whose {@code key} attribute is an i18n key. */
    static final Set<String> I18N_KEY_ELEMENTS =
            Set.of("label", "description", "name", "title", "tooltip");

    static final List<String> PLUGIN_ICON_PARAMS = List.of("plugin-icon", "plugin-logo", "vendor-icon", "vendor-logo");

    private final DescriptorSource descriptor;
    private final Path resourcesRoot;
    private Path javaSourcesRoot;
    private HostClassList hostClasses = HostClassList.none();
    private ClassLoader classLoader = PluginDescriptorCheck.class.getClassLoader();
    private String expectedPluginKey;

    private PluginDescriptorCheck(Path descriptorFile, Path resourcesRoot) {
        this.descriptor = new DescriptorSource(descriptorFile);
        this.resourcesRoot = Objects.requireNonNull(resourcesRoot, "resourcesRoot");
    }

    /**
     * @param descriptorFile the filtered {@code atlassian-plugin.xml}
     * @param resourcesRoot  the plugin's resources folder (what ends up at the jar root)
     */
    public static PluginDescriptorCheck of(Path descriptorFile, Path resourcesRoot) {
        return new PluginDescriptorCheck(descriptorFile, resourcesRoot);
    }

    /** The plugin's Java sources: scanned for i18n keys (dead-key check) and {@code pluginKey:moduleKey} strings. */
    public PluginDescriptorCheck javaSources(Path root) {
        this.javaSourcesRoot = root;
        return this;
    }

    public PluginDescriptorCheck hostClasses(HostClassList list) {
        this.hostClasses = Objects.requireNonNull(list, "list");
        return this;
    }

    public PluginDescriptorCheck classLoader(ClassLoader loader) {
        this.classLoader = Objects.requireNonNull(loader, "loader");
        return this;
    }

    /** The plugin key the POM defines (Atlassian-Plugin-Key); null skips that comparison. */
    public PluginDescriptorCheck expectedPluginKey(String key) {
        this.expectedPluginKey = key;
        return this;
    }

    /** Every check except {@link #unusedI18nKeys()}. */
    public List<String> allProblems() {
        List<String> problems = new ArrayList<>();
        problems.addAll(classProblems());
        problems.addAll(springWiringProblems());
        problems.addAll(resourceProblems());
        problems.addAll(undefinedI18nKeyProblems());
        problems.addAll(pluginInfoProblems());
        problems.addAll(webResourceProblems());
        return problems;
    }

    /**
     * The repository's unfiltered descriptor must take its key from the POM ({@code ${plugin.key}}), so that the
     * descriptor, the bundle's symbolic name and Atlassian-Plugin-Key cannot drift apart.
     */
    public static List<String> unfilteredKeyProblems(Path unfilteredDescriptor) {
        return PluginInfoChecks.unfilteredKeyProblems(unfilteredDescriptor);
    }

    /** Every class named in the descriptor loads (or is a listed host class) and has the type its module needs. */
    public List<String> classProblems() {
        return withDescriptor(classChecks()::problems);
    }

    /**
     * The Spring XML is consistent and constructor autowiring can succeed: every bean class and every
     * {@code <osgi:reference>} interface loads (references must be interfaces), and every constructor-autowired bean
     * and every plugin class the descriptor names has exactly one public constructor whose parameters are all
     * provided by a bean or an {@code <osgi:reference>}.
     */
    public List<String> springWiringProblems() {
        return SpringWiringChecks.problems(files(), classChecks(), descriptor);
    }

    /** Every resource the descriptor names exists; the plugin-info icons and logos are valid PNG images. */
    public List<String> resourceProblems() {
        return withDescriptor(new ResourceChecks(files())::problems);
    }

    /** Every i18n key that the descriptor, the Velocity templates and the JavaScript use is defined. */
    public List<String> undefinedI18nKeyProblems() {
        return withDescriptor(new I18nChecks(files())::undefinedKeyProblems);
    }

    /**
     * i18n keys that are defined but that nothing uses: not the descriptor, no template or script, and no string
     * literal in the Java sources or elsewhere in the resources.
     */
    public List<String> unusedI18nKeys() {
        return withDescriptor(new I18nChecks(files())::unusedKeys);
    }

    /**
     * The plugin information is complete and Data Center compatible, the key is the POM's, module keys are unique,
     * web-items and web-sections are placed in a declared web-section or a known Jira location, and links to
     * {@code /plugins/servlet/...} (web-items, configure.url) are served by a servlet of this plugin.
     */
    public List<String> pluginInfoProblems() {
        return withDescriptor(parsed -> {
            List<String> problems = new ArrayList<>(new PluginInfoChecks(expectedPluginKey).problems(parsed));
            problems.addAll(WebFragmentChecks.problems(parsed));
            return problems;
        });
    }

    /**
     * Web-resource {@code <dependency>} entries are {@code pluginKey:moduleKey}; those on this plugin, and every
     * {@code "<this plugin's key>:<module>"} string in the Java sources, templates and scripts, name a module of this
     * plugin.
     */
    public List<String> webResourceProblems() {
        return withDescriptor(new WebResourceChecks(files())::problems);
    }

    /** The check's problems, or only why the descriptor cannot be read. */
    private List<String> withDescriptor(Function<ParsedDescriptor, List<String>> check) {
        List<String> problems = new ArrayList<>();
        descriptor.read(problems).ifPresent(parsed -> problems.addAll(check.apply(parsed)));
        return problems;
    }

    // Built per check: the setters above may change the inputs between checks.
    private PluginFiles files() {
        return new PluginFiles(resourcesRoot, javaSourcesRoot);
    }

    private ClassChecks classChecks() {
        return new ClassChecks(hostClasses, classLoader);
    }
}
