package com.cxalign.jira.descriptor;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

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
 */
public final class PluginDescriptorCheck {

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

    private static final String SPRING_BEANS_NS = "http://www.springframework.org/schema/beans";
    private static final Pattern VM_I18N =
            Pattern.compile("\\$!?\\{?i18n\\.getText\\(\\s*([\"'])([^\"']*)\\1");
    private static final Pattern JS_I18N =
            Pattern.compile("\\b(?:AJS|WRM)\\.I18n\\.getText\\(\\s*([\"'])([^\"']*)\\1");
    /** Velocity comments: {@code ## to the end of the line} and {@code #* ... *#}. */
    private static final Pattern VM_COMMENTS = Pattern.compile("(?s)#\\*.*?\\*#|##[^\\n]*");
    /** JavaScript comments; a line comment must follow whitespace or start the line, so "https://x" stays. */
    private static final Pattern JS_COMMENTS = Pattern.compile("(?s)/\\*.*?\\*/|(?m)(?:^|(?<=\\s))//[^\\n]*");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{[^}]*}");
    private static final Pattern WEB_RESOURCE_DEPENDENCY = Pattern.compile("[A-Za-z0-9._-]+:[A-Za-z0-9._-]+");
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private final Path descriptorFile;
    private final Path resourcesRoot;
    private Path javaSourcesRoot;
    private HostClassList hostClasses = HostClassList.none();
    private ClassLoader classLoader = PluginDescriptorCheck.class.getClassLoader();
    private String expectedPluginKey;

    private Document descriptor;
    private String descriptorProblem;

    private PluginDescriptorCheck(Path descriptorFile, Path resourcesRoot) {
        this.descriptorFile = Objects.requireNonNull(descriptorFile, "descriptorFile");
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
        List<String> problems = new ArrayList<>();
        Document document;
        try {
            document = parse(unfilteredDescriptor, false);
        } catch (IOException | SAXException e) {
            return List.of("cannot read " + unfilteredDescriptor + ": " + e.getMessage());
        }
        String key = document.getDocumentElement().getAttribute("key");
        if (!"${plugin.key}".equals(key)) {
            problems.add(unfilteredDescriptor + ": <atlassian-plugin key=\"" + key
                    + "\"> must be key=\"${plugin.key}\" so that the key comes from the POM");
        }
        return problems;
    }

    // ---------------------------------------------------------------------------------------------------- classes

    /** Every class named in the descriptor loads (or is a listed host class) and has the type its module needs. */
    public List<String> classProblems() {
        List<String> problems = new ArrayList<>();
        if (!loadDescriptor(problems)) {
            return problems;
        }
        for (NamedClass named : namedClasses()) {
            if (named.requiredType == null) {
                problems.add("unknown module type: " + named.where + " names class " + named.className
                        + "; add <" + named.role + "> and the type it needs to PluginDescriptorCheck.REQUIRED_TYPES");
                continue;
            }
            resolve(named, problems);
        }
        return problems;
    }

    private Class<?> resolve(NamedClass named, List<String> problems) {
        String name = named.className;
        if (name.isEmpty()) {
            problems.add(named.where + " names no class");
            return null;
        }
        if (name.startsWith("com.atlassian.")) {
            if (!hostClasses.contains(name)) {
                problems.add(named.where + " names Jira class " + name + ", which is not listed (with evidence) under '"
                        + HostClassList.SECTION_TITLE + "' in src/api-stubs/README.md; the check cannot tell whether "
                        + "Jira 10.3 has it");
            }
            return null;
        }
        Class<?> type = load(name);
        if (type == null) {
            problems.add(named.where + " names class " + name + ", which cannot be loaded");
            return null;
        }
        Class<?> required = load(named.requiredType);
        if (required == null) {
            problems.add(named.where + " names class " + name + ", but the type it must be, " + named.requiredType
                    + ", is not on the test class path (add an API stub)");
            return null;
        }
        if (!required.isAssignableFrom(type)) {
            problems.add(named.where + " names class " + name + ", which is not a " + named.requiredType);
            return null;
        }
        boolean entity = "ao/entity".equals(named.role);
        if (entity && !type.isInterface()) {
            problems.add(named.where + " names class " + name + ", but Active Objects entities are interfaces");
        } else if (!entity && !Object.class.equals(type)
                && (type.isInterface() || Modifier.isAbstract(type.getModifiers()))) {
            problems.add(named.where + " names class " + name + ", which is abstract: Jira cannot instantiate it");
        }
        return type;
    }

    private List<NamedClass> namedClasses() {
        List<NamedClass> result = new ArrayList<>();
        for (Element module : childElements(descriptor.getDocumentElement())) {
            collectNamedClasses(module, module, result);
        }
        return result;
    }

    private void collectNamedClasses(Element module, Element element, List<NamedClass> result) {
        String moduleName = module.getTagName();
        String elementName = element.getTagName();
        String role = element == module ? moduleName : moduleName + "/" + elementName;
        if (element.hasAttribute("class")) {
            result.add(new NamedClass(role, requiredType(role, elementName), element.getAttribute("class").trim(),
                    describe(module, element)));
        } else if (element != module && (elementName.endsWith("-class")
                || "ao".equals(moduleName) && ("entity".equals(elementName) || "upgradeTask".equals(elementName)))) {
            result.add(new NamedClass(role, requiredType(role, elementName), element.getTextContent().trim(),
                    describe(module, element)));
        }
        for (Element child : childElements(element)) {
            collectNamedClasses(module, child, result);
        }
    }

    private static String requiredType(String role, String elementName) {
        String type = REQUIRED_TYPES.get(role);
        return type != null ? type : role.contains("/") ? REQUIRED_TYPES.get("*/" + elementName) : null;
    }

    private static String describe(Element module, Element element) {
        String moduleText = "<" + module.getTagName() + (module.hasAttribute("key")
                ? " key=\"" + module.getAttribute("key") + "\">" : ">");
        return element == module ? moduleText : "<" + element.getTagName() + "> in " + moduleText;
    }

    // ---------------------------------------------------------------------------------------------- Spring wiring

    /**
     * The Spring XML is consistent and constructor autowiring can succeed: every bean class and every
     * {@code <osgi:reference>} interface loads (references must be interfaces), and every constructor-autowired bean
     * and every plugin class the descriptor names has exactly one public constructor whose parameters are all
     * provided by a bean or an {@code <osgi:reference>}.
     */
    public List<String> springWiringProblems() {
        List<String> problems = new ArrayList<>();
        List<Path> springFiles = springFiles(problems);
        List<Class<?>> provided = new ArrayList<>();
        List<Autowired> autowired = new ArrayList<>();
        for (Path file : springFiles) {
            Document spring;
            try {
                spring = parse(file, true);
            } catch (IOException | SAXException e) {
                problems.add("cannot read Spring XML " + relative(file) + ": " + e.getMessage());
                continue;
            }
            readSpring(file, spring, provided, autowired, problems);
        }
        if (loadDescriptor(problems)) {
            for (NamedClass named : namedClasses()) {
                if (named.requiredType == null || "ao/entity".equals(named.role)
                        || named.className.startsWith("com.atlassian.") || named.className.startsWith("java.")) {
                    continue;
                }
                Class<?> type = resolve(named, new ArrayList<>());
                if (type != null) {
                    autowired.add(new Autowired(type, named.where + " (built by Jira with constructor autowiring)"));
                }
            }
        }
        for (Autowired candidate : autowired) {
            checkConstructor(candidate, provided, problems);
        }
        return problems;
    }

    private List<Path> springFiles(List<String> problems) {
        Path folder = resourcesRoot.resolve("META-INF/spring");
        if (!Files.isDirectory(folder)) {
            problems.add("no Spring XML: " + relative(folder) + " does not exist");
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".xml")).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void readSpring(Path file, Document spring, List<Class<?>> provided, List<Autowired> autowired,
                            List<String> problems) {
        String where = relative(file);
        Element root = spring.getDocumentElement();
        boolean defaultConstructorAutowire = "constructor".equals(root.getAttribute("default-autowire"));
        NodeList all = root.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            String local = localName(element);
            String namespace = element.getNamespaceURI() == null ? "" : element.getNamespaceURI();
            if ("bean".equals(local) && SPRING_BEANS_NS.equals(namespace)) {
                readBean(where, element, defaultConstructorAutowire, provided, autowired, problems);
            } else if ("reference".equals(local) && !SPRING_BEANS_NS.equals(namespace)) {
                for (String interfaceName : referenceInterfaces(element)) {
                    String id = element.getAttribute("id");
                    Class<?> type = load(interfaceName);
                    if (type == null) {
                        problems.add(where + ": <osgi:reference id=\"" + id + "\"> interface " + interfaceName
                                + " cannot be loaded (missing API stub?)");
                    } else if (!type.isInterface()) {
                        problems.add(where + ": <osgi:reference id=\"" + id + "\"> names " + interfaceName
                                + ", which is not an interface (OSGi services are imported by interface)");
                    } else {
                        provided.add(type);
                    }
                }
            }
        }
    }

    private void readBean(String where, Element bean, boolean defaultConstructorAutowire, List<Class<?>> provided,
                          List<Autowired> autowired, List<String> problems) {
        String id = bean.getAttribute("id");
        String className = bean.getAttribute("class").trim();
        String beanText = where + ": <bean id=\"" + id + "\">";
        if (className.isEmpty()) {
            if (!bean.hasAttribute("parent") && !bean.hasAttribute("factory-bean")) {
                problems.add(beanText + " has no class");
            }
            return;
        }
        Class<?> type = load(className);
        if (type == null) {
            problems.add(beanText + " class " + className + " cannot be loaded");
            return;
        }
        String factoryMethod = bean.getAttribute("factory-method");
        if (!factoryMethod.isEmpty() && !bean.hasAttribute("factory-bean")) {
            List<Method> factories = Arrays.stream(type.getMethods())
                    .filter(m -> m.getName().equals(factoryMethod) && Modifier.isStatic(m.getModifiers()))
                    .collect(Collectors.toList());
            if (factories.size() != 1) {
                problems.add(beanText + " factory-method " + factoryMethod + ": " + className + " has "
                        + factories.size() + " public static methods of that name, needs exactly one");
                return;
            }
            provided.add(factories.get(0).getReturnType());
            if (factories.get(0).getParameterCount() > 0 && childElements(bean).stream()
                    .noneMatch(c -> "constructor-arg".equals(localName(c)))) {
                autowired.add(new Autowired(factories.get(0), beanText));
            }
            return;
        }
        provided.add(type);
        String autowire = bean.getAttribute("autowire");
        boolean hasConstructorArgs = childElements(bean).stream().anyMatch(c -> "constructor-arg".equals(localName(c)));
        if ("constructor".equals(autowire) || autowire.isEmpty() && defaultConstructorAutowire) {
            autowired.add(new Autowired(type, beanText));
        } else if (!hasConstructorArgs && bean.getAttribute("factory-bean").isEmpty()) {
            boolean noArg = Arrays.stream(type.getDeclaredConstructors()).anyMatch(c -> c.getParameterCount() == 0);
            if (!noArg) {
                problems.add(beanText + " class " + className + " has no no-argument constructor; "
                        + "add autowire=\"constructor\" or <constructor-arg>s");
            }
        }
    }

    private static List<String> referenceInterfaces(Element reference) {
        List<String> names = new ArrayList<>();
        if (!reference.getAttribute("interface").trim().isEmpty()) {
            names.add(reference.getAttribute("interface").trim());
        }
        for (Element child : childElements(reference)) {
            if ("interfaces".equals(localName(child))) {
                for (Element value : childElements(child)) {
                    names.add(value.getTextContent().trim());
                }
            }
        }
        if (names.isEmpty()) {
            names.add("");
        }
        return names;
    }

    private static void checkConstructor(Autowired candidate, List<Class<?>> provided, List<String> problems) {
        Class<?>[] parameters;
        String what;
        if (candidate.factory != null) {
            parameters = candidate.factory.getParameterTypes();
            what = "factory method " + candidate.factory.getName();
        } else {
            Constructor<?>[] constructors = candidate.type.getConstructors();
            if (constructors.length != 1) {
                problems.add(candidate.where + ": " + candidate.type.getName() + " has " + constructors.length
                        + " public constructors; constructor autowiring needs exactly one");
                return;
            }
            parameters = constructors[0].getParameterTypes();
            what = "constructor";
        }
        for (Class<?> parameter : parameters) {
            boolean satisfied = provided.stream().anyMatch(parameter::isAssignableFrom);
            if (!satisfied) {
                problems.add(candidate.where + ": " + what + " parameter " + parameter.getName() + " of "
                        + (candidate.type != null ? candidate.type.getName() : candidate.factory.getDeclaringClass()
                        .getName())
                        + " is not provided by any <bean> or <osgi:reference> in META-INF/spring/*.xml "
                        + "(missing <osgi:reference interface=\"" + parameter.getName() + "\"/>?)");
            }
        }
    }

    // -------------------------------------------------------------------------------------------------- resources

    /** Every resource the descriptor names exists; the plugin-info icons and logos are valid PNG images. */
    public List<String> resourceProblems() {
        List<String> problems = new ArrayList<>();
        if (!loadDescriptor(problems)) {
            return problems;
        }
        for (Element resource : descendants("resource")) {
            String location = resource.getAttribute("location").trim();
            Element module = module(resource);
            String where = "<resource type=\"" + resource.getAttribute("type") + "\" name=\""
                    + resource.getAttribute("name") + "\">"
                    + (module == resource ? "" : " in " + describe(module, module));
            if (location.isEmpty()) {
                problems.add(where + " has no location");
            } else if ("i18n".equals(resource.getAttribute("type"))) {
                String path = location.replace('.', '/') + ".properties";
                if (!Files.isRegularFile(resourcesRoot.resolve(path))) {
                    problems.add(where + ": i18n location " + location + " needs " + path + " in the resources");
                }
            } else if (location.startsWith(":") || location.contains(":/")) {
                continue; // a resource of another module (soy ":module/file") or an absolute URL
            } else {
                Path path = resourcesRoot.resolve(stripSlash(location));
                boolean exists = location.endsWith("/") ? Files.isDirectory(path) : Files.isRegularFile(path);
                if (!exists) {
                    problems.add(where + ": location " + location + " does not exist in the resources");
                }
            }
        }
        for (String element : List.of("thumbnail", "gadget")) {
            for (Element named : descendants(element)) {
                String location = named.getAttribute("location").trim();
                if (!location.isEmpty() && !location.contains(":")
                        && !Files.isRegularFile(resourcesRoot.resolve(stripSlash(location)))) {
                    problems.add("<" + element + "> in " + describe(module(named), module(named)) + ": location "
                            + location + " does not exist in the resources");
                }
            }
        }
        Map<String, String> params = pluginInfoParams();
        for (String param : PLUGIN_ICON_PARAMS) {
            String location = params.get(param);
            if (location == null || location.isBlank()) {
                problems.add("<plugin-info> has no <param name=\"" + param + "\">");
                continue;
            }
            Path image = resourcesRoot.resolve(stripSlash(location.trim()));
            if (!Files.isRegularFile(image)) {
                problems.add("<plugin-info> <param name=\"" + param + "\">: " + location + " does not exist");
            } else if (!isPng(image)) {
                problems.add("<plugin-info> <param name=\"" + param + "\">: " + location + " is not a valid PNG image");
            }
        }
        return problems;
    }

    private static boolean isPng(Path image) {
        try {
            byte[] bytes = Files.readAllBytes(image);
            if (bytes.length < PNG_SIGNATURE.length
                    || !Arrays.equals(Arrays.copyOf(bytes, PNG_SIGNATURE.length), PNG_SIGNATURE)) {
                return false;
            }
            try (InputStream in = Files.newInputStream(image)) {
                BufferedImage decoded = ImageIO.read(in);
                return decoded != null && decoded.getWidth() > 0 && decoded.getHeight() > 0;
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    // ------------------------------------------------------------------------------------------------------- i18n

    /** Every i18n key that the descriptor, the Velocity templates and the JavaScript use is defined. */
    public List<String> undefinedI18nKeyProblems() {
        List<String> problems = new ArrayList<>();
        if (!loadDescriptor(problems)) {
            return problems;
        }
        Set<String> defined = definedI18nKeys(problems);
        for (Map.Entry<String, Set<String>> use : usedI18nKeys().entrySet()) {
            if (!defined.contains(use.getKey())) {
                problems.add("i18n key " + use.getKey() + " is used by " + String.join(", ", use.getValue())
                        + " but defined in no i18n resource");
            }
        }
        return problems;
    }

    /**
     * i18n keys that are defined but that nothing uses: not the descriptor, no template or script, and no string
     * literal in the Java sources or elsewhere in the resources.
     */
    public List<String> unusedI18nKeys() {
        List<String> problems = new ArrayList<>();
        if (!loadDescriptor(problems)) {
            return problems;
        }
        Set<String> defined = definedI18nKeys(problems);
        Set<String> used = new TreeSet<>(usedI18nKeys().keySet());
        List<String> texts = new ArrayList<>();
        texts.add(read(descriptorFile));
        for (Path file : files(resourcesRoot, ".vm", ".js", ".xml", ".soy", ".html", ".json")) {
            texts.add(read(file));
        }
        if (javaSourcesRoot != null) {
            for (Path file : files(javaSourcesRoot, ".java")) {
                texts.add(read(file));
            }
        }
        for (String key : defined) {
            if (used.contains(key)) {
                continue;
            }
            Pattern quoted = Pattern.compile("[\"']" + Pattern.quote(key) + "[\"']");
            if (texts.stream().noneMatch(text -> quoted.matcher(text).find())) {
                problems.add("i18n key " + key + " is defined but never used");
            }
        }
        return problems;
    }

    private Set<String> definedI18nKeys(List<String> problems) {
        Set<String> keys = new TreeSet<>();
        for (Element resource : descendants("resource")) {
            if (!"i18n".equals(resource.getAttribute("type"))) {
                continue;
            }
            Path file = resourcesRoot.resolve(resource.getAttribute("location").trim().replace('.', '/')
                    + ".properties");
            if (!Files.isRegularFile(file)) {
                continue; // reported by resourceProblems()
            }
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                problems.add("cannot read i18n resource " + relative(file) + ": " + e.getMessage());
            }
            keys.addAll(properties.stringPropertyNames());
        }
        return keys;
    }

    /** Key → where it is used. */
    private Map<String, Set<String>> usedI18nKeys() {
        Map<String, Set<String>> used = new TreeMap<>();
        NodeList all = descriptor.getDocumentElement().getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            Element module = module(element);
            if (I18N_KEY_ELEMENTS.contains(element.getTagName()) && element.hasAttribute("key")
                    && module != null && !"plugin-info".equals(module.getTagName())) {
                use(used, element.getAttribute("key"), describe(module, element));
            }
            if (element.hasAttribute("i18n-name-key")) {
                use(used, element.getAttribute("i18n-name-key"), "i18n-name-key of " + describe(element, element));
            }
        }
        if (descriptor.getDocumentElement().hasAttribute("i18n-name-key")) {
            use(used, descriptor.getDocumentElement().getAttribute("i18n-name-key"), "<atlassian-plugin>");
        }
        scan(used, VM_I18N, VM_COMMENTS, files(resourcesRoot, ".vm"));
        scan(used, JS_I18N, JS_COMMENTS, files(resourcesRoot, ".js"));
        return used;
    }

    private void scan(Map<String, Set<String>> used, Pattern pattern, Pattern comments, List<Path> files) {
        for (Path file : files) {
            Matcher matcher = pattern.matcher(comments.matcher(read(file)).replaceAll(" "));
            while (matcher.find()) {
                use(used, matcher.group(2), relative(file));
            }
        }
    }

    private static void use(Map<String, Set<String>> used, String key, String where) {
        used.computeIfAbsent(key.trim(), k -> new TreeSet<>()).add(where);
    }

    // ------------------------------------------------------------------------------------------------ plugin info

    /**
     * The plugin information is complete and Data Center compatible, the key is the POM's, module keys are unique,
     * web-items and web-sections are placed in a declared web-section or a known Jira location, and links to
     * {@code /plugins/servlet/...} (web-items, configure.url) are served by a servlet of this plugin.
     */
    public List<String> pluginInfoProblems() {
        List<String> problems = new ArrayList<>();
        if (!loadDescriptor(problems)) {
            return problems;
        }
        Element root = descriptor.getDocumentElement();
        String key = root.getAttribute("key");
        if (expectedPluginKey != null && !expectedPluginKey.equals(key)) {
            problems.add("plugin key " + key + " is not the key the POM defines (" + expectedPluginKey + ")");
        }
        Set<String> placeholders = new TreeSet<>();
        collectPlaceholders(root, placeholders);
        if (!placeholders.isEmpty()) {
            problems.add("descriptor still contains unfiltered placeholders " + placeholders
                    + " (not defined in the POM?)");
        }
        Element info = firstChild(root, "plugin-info");
        if (info == null) {
            problems.add("<plugin-info> is missing");
        } else {
            requireText(problems, "<plugin-info><description>", text(firstChild(info, "description")));
            requireText(problems, "<plugin-info><version>", text(firstChild(info, "version")));
            Element vendor = firstChild(info, "vendor");
            requireText(problems, "<plugin-info><vendor name>", vendor == null ? null : vendor.getAttribute("name"));
            requireText(problems, "<plugin-info><vendor url>", vendor == null ? null : vendor.getAttribute("url"));
            Map<String, String> params = pluginInfoParams();
            requireParam(problems, params, "atlassian-data-center-status", "compatible");
            requireParam(problems, params, "atlassian-data-center-compatible", "true");
            String configureUrl = params.get("configure.url");
            if (configureUrl != null) {
                checkServletLink(problems, "<plugin-info> <param name=\"configure.url\">", configureUrl.trim());
            }
        }
        Map<String, Integer> keys = new TreeMap<>();
        for (Element module : childElements(root)) {
            if (module.hasAttribute("key")) {
                keys.merge(module.getAttribute("key"), 1, Integer::sum);
            } else if (!Set.of("plugin-info", "resource").contains(module.getTagName())) {
                problems.add("<" + module.getTagName() + "> has no key");
            }
        }
        keys.forEach((moduleKey, count) -> {
            if (count > 1) {
                problems.add("module key " + moduleKey + " is used by " + count + " modules");
            }
        });
        Map<String, String> sectionLocations = new TreeMap<>();
        for (Element section : childElements(root, "web-section")) {
            sectionLocations.put(section.getAttribute("key"), section.getAttribute("location").trim());
        }
        for (Element section : childElements(root, "web-section")) {
            String location = section.getAttribute("location").trim();
            if (!KNOWN_JIRA_LOCATIONS.contains(location) && !isDeclaredSection(location, sectionLocations)) {
                problems.add(describe(section, section) + " location " + location
                        + " is neither a web-section of this plugin nor a known Jira location");
            }
        }
        for (Element item : childElements(root, "web-item")) {
            String section = item.getAttribute("section").trim();
            if (!KNOWN_JIRA_LOCATIONS.contains(section) && !isDeclaredSection(section, sectionLocations)) {
                problems.add(describe(item, item) + " section " + section
                        + " is neither '<location>/<key>' of a web-section of this plugin nor a known Jira location");
            }
            Element link = firstChild(item, "link");
            if (link != null) {
                checkServletLink(problems, describe(item, item) + " <link>", link.getTextContent().trim());
            }
        }
        return problems;
    }

    /** Maven placeholders left in attributes or text (not in comments, where Maven leaves them too). */
    private static void collectPlaceholders(Node node, Set<String> placeholders) {
        List<String> values = new ArrayList<>();
        if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
            values.add(node.getNodeValue());
        }
        if (node.getAttributes() != null) {
            for (int i = 0; i < node.getAttributes().getLength(); i++) {
                values.add(node.getAttributes().item(i).getNodeValue());
            }
        }
        for (String value : values) {
            Matcher matcher = PLACEHOLDER.matcher(value);
            while (matcher.find()) {
                placeholders.add(matcher.group());
            }
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            collectPlaceholders(child, placeholders);
        }
    }

    private static boolean isDeclaredSection(String section, Map<String, String> sectionLocations) {
        int slash = section.lastIndexOf('/');
        if (slash < 0) {
            return false;
        }
        String location = section.substring(0, slash);
        String key = section.substring(slash + 1);
        return location.equals(sectionLocations.get(key));
    }

    private void checkServletLink(List<String> problems, String where, String url) {
        String prefix = "/plugins/servlet";
        if (!url.startsWith(prefix + "/")) {
            return;
        }
        String path = url.substring(prefix.length()).replaceAll("[?#].*$", "");
        for (Element servlet : childElements(descriptor.getDocumentElement(), "servlet")) {
            for (Element pattern : childElements(servlet, "url-pattern")) {
                if (servletPatternMatches(pattern.getTextContent().trim(), path)) {
                    return;
                }
            }
        }
        problems.add(where + " links to " + url + ", which no <servlet> <url-pattern> of this plugin serves");
    }

    private static boolean servletPatternMatches(String pattern, String path) {
        if (pattern.endsWith("/*")) {
            String base = pattern.substring(0, pattern.length() - 2);
            return path.equals(base) || path.startsWith(base + "/");
        }
        if (pattern.startsWith("*.")) {
            return path.endsWith(pattern.substring(1));
        }
        return pattern.equals(path);
    }

    private static void requireText(List<String> problems, String what, String value) {
        if (value == null || value.isBlank()) {
            problems.add(what + " is missing or empty");
        }
    }

    private static void requireParam(List<String> problems, Map<String, String> params, String name, String value) {
        String actual = params.get(name);
        if (!value.equals(actual == null ? null : actual.trim())) {
            problems.add("<plugin-info> <param name=\"" + name + "\"> must be " + value + " (is "
                    + (actual == null ? "missing" : actual) + ")");
        }
    }

    private Map<String, String> pluginInfoParams() {
        Map<String, String> params = new LinkedHashMap<>();
        Element info = firstChild(descriptor.getDocumentElement(), "plugin-info");
        if (info != null) {
            for (Element param : childElements(info, "param")) {
                params.put(param.getAttribute("name"), param.getTextContent());
            }
        }
        return params;
    }

    // ---------------------------------------------------------------------------------------------- web resources

    /**
     * Web-resource {@code <dependency>} entries are {@code pluginKey:moduleKey}; those on this plugin, and every
     * {@code "<this plugin's key>:<module>"} string in the Java sources, templates and scripts, name a module of this
     * plugin.
     */
    public List<String> webResourceProblems() {
        List<String> problems = new ArrayList<>();
        if (!loadDescriptor(problems)) {
            return problems;
        }
        Element root = descriptor.getDocumentElement();
        String pluginKey = root.getAttribute("key");
        Set<String> moduleKeys = childElements(root).stream().filter(m -> m.hasAttribute("key"))
                .map(m -> m.getAttribute("key")).collect(Collectors.toCollection(TreeSet::new));
        for (Element webResource : childElements(root, "web-resource")) {
            for (Element dependency : childElements(webResource, "dependency")) {
                String value = dependency.getTextContent().trim();
                String where = describe(webResource, webResource) + " <dependency>" + value + "</dependency>";
                if (!WEB_RESOURCE_DEPENDENCY.matcher(value).matches()) {
                    problems.add(where + " is not of the form pluginKey:moduleKey");
                } else if (value.startsWith(pluginKey + ":")
                        && !moduleKeys.contains(value.substring(pluginKey.length() + 1))) {
                    problems.add(where + " names a module that this plugin does not declare");
                }
            }
        }
        Pattern reference = Pattern.compile("[\"']" + Pattern.quote(pluginKey) + ":([^\"'\\s]+)[\"']");
        List<Path> sources = new ArrayList<>(files(resourcesRoot, ".vm", ".js", ".soy"));
        if (javaSourcesRoot != null) {
            sources.addAll(files(javaSourcesRoot, ".java"));
        }
        for (Path file : sources) {
            Matcher matcher = reference.matcher(read(file));
            while (matcher.find()) {
                if (!moduleKeys.contains(matcher.group(1))) {
                    problems.add(relative(file) + " refers to " + pluginKey + ":" + matcher.group(1)
                            + ", a module that the descriptor does not declare");
                }
            }
        }
        return problems;
    }

    // -------------------------------------------------------------------------------------------------- plumbing

    private boolean loadDescriptor(List<String> problems) {
        if (descriptor == null && descriptorProblem == null) {
            try {
                descriptor = parse(descriptorFile, false);
            } catch (IOException | SAXException e) {
                descriptorProblem = "cannot read descriptor " + descriptorFile + ": " + e.getMessage();
            }
        }
        if (descriptorProblem != null) {
            problems.add(descriptorProblem);
            return false;
        }
        return true;
    }

    private static Document parse(Path file, boolean namespaceAware) throws IOException, SAXException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(namespaceAware);
        factory.setExpandEntityReferences(false);
        try {
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            try (InputStream in = Files.newInputStream(file)) {
                return builder.parse(in, file.toUri().toString());
            }
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private Class<?> load(String name) {
        try {
            return Class.forName(name, false, classLoader);
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    private List<Element> descendants(String tagName) {
        List<Element> result = new ArrayList<>();
        NodeList nodes = descriptor.getDocumentElement().getElementsByTagName(tagName);
        for (int i = 0; i < nodes.getLength(); i++) {
            result.add((Element) nodes.item(i));
        }
        return result;
    }

    /** The top-level module element that contains {@code element} (itself if it is one). */
    private Element module(Element element) {
        Element root = descriptor.getDocumentElement();
        Node current = element;
        while (current != null && current.getParentNode() != root) {
            current = current.getParentNode();
        }
        return current instanceof Element ? (Element) current : null;
    }

    private static List<Element> childElements(Element parent) {
        List<Element> result = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element) {
                result.add((Element) child);
            }
        }
        return result;
    }

    private static List<Element> childElements(Element parent, String tagName) {
        return childElements(parent).stream().filter(e -> tagName.equals(localName(e))).collect(Collectors.toList());
    }

    private static Element firstChild(Element parent, String tagName) {
        List<Element> children = childElements(parent, tagName);
        return children.isEmpty() ? null : children.get(0);
    }

    private static String localName(Element element) {
        return element.getLocalName() != null ? element.getLocalName() : element.getTagName();
    }

    private static String text(Element element) {
        return element == null ? null : element.getTextContent().trim();
    }

    private static String stripSlash(String location) {
        return location.startsWith("/") ? location.substring(1) : location;
    }

    private static List<Path> files(Path root, String... suffixes) {
        if (root == null || !Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> Arrays.stream(suffixes).anyMatch(s -> p.getFileName().toString().endsWith(s)))
                    .sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private String relative(Path file) {
        for (Path root : new LinkedHashSet<>(Arrays.asList(resourcesRoot, javaSourcesRoot))) {
            if (root != null && file.startsWith(root)) {
                return root.relativize(file).toString().replace('\\', '/');
            }
        }
        return file.toString();
    }

    /** A class named somewhere in the descriptor. */
    private static final class NamedClass {
        final String role;
        final String requiredType;
        final String className;
        final String where;

        NamedClass(String role, String requiredType, String className, String where) {
            this.role = role;
            this.requiredType = requiredType;
            this.className = className;
            this.where = where;
        }
    }

    /** Something built with constructor (or factory-method) autowiring. */
    private static final class Autowired {
        final Class<?> type;
        final Method factory;
        final String where;

        Autowired(Class<?> type, String where) {
            this.type = type;
            this.factory = null;
            this.where = where;
        }

        Autowired(Method factory, String where) {
            this.type = null;
            this.factory = factory;
            this.where = where;
        }
    }
}
