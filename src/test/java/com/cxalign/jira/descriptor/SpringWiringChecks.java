package com.cxalign.jira.descriptor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * The Spring XML and constructor autowiring; see {@link PluginDescriptorCheck#springWiringProblems()}.
 * One instance per run: it collects what the XML provides and what must be autowired, then matches the two.
 */
final class SpringWiringChecks {

    private static final String SPRING_BEANS_NS = "http://www.springframework.org/schema/beans";

    private final PluginFiles files;
    private final ClassChecks classes;
    private final List<String> problems = new ArrayList<>();
    /** The types that beans and references make available for autowiring. */
    private final List<Class<?>> provided = new ArrayList<>();
    private final List<Autowired> autowired = new ArrayList<>();

    private SpringWiringChecks(PluginFiles files, ClassChecks classes) {
        this.files = files;
        this.classes = classes;
    }

    static List<String> problems(PluginFiles files, ClassChecks classes, DescriptorSource descriptor) {
        return new SpringWiringChecks(files, classes).run(descriptor);
    }

    private List<String> run(DescriptorSource descriptor) {
        for (Path file : springFiles()) {
            Document spring;
            try {
                spring = Xml.parse(file, true);
            } catch (IOException | SAXException e) {
                problems.add("cannot read Spring XML " + files.relative(file) + ": " + e.getMessage());
                continue;
            }
            readSpring(files.relative(file), spring.getDocumentElement());
        }
        descriptor.read(problems).ifPresent(this::addClassesJiraBuilds);
        for (Autowired candidate : autowired) {
            checkAutowiring(candidate);
        }
        return problems;
    }

    private List<Path> springFiles() {
        Path folder = files.resource("META-INF/spring");
        if (!Files.isDirectory(folder)) {
            problems.add("no Spring XML: " + files.relative(folder) + " does not exist");
            return List.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".xml")).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void readSpring(String where, Element root) {
        boolean defaultConstructorAutowire = "constructor".equals(root.getAttribute("default-autowire"));
        for (Element element : Xml.descendants(root, "*")) {
            String local = Xml.localName(element);
            boolean beansNamespace = SPRING_BEANS_NS.equals(element.getNamespaceURI());
            if ("bean".equals(local) && beansNamespace) {
                readBean(where, element, defaultConstructorAutowire);
            } else if ("reference".equals(local) && !beansNamespace) {
                readReference(where, element);
            }
        }
    }

    private void readReference(String where, Element reference) {
        String referenceText = where + ": <osgi:reference id=\"" + reference.getAttribute("id") + "\">";
        for (String interfaceName : referenceInterfaces(reference)) {
            Class<?> type = classes.load(interfaceName);
            if (type == null) {
                problems.add(referenceText + " interface " + interfaceName + " cannot be loaded (missing API stub?)");
            } else if (!type.isInterface()) {
                problems.add(referenceText + " names " + interfaceName
                        + ", which is not an interface (OSGi services are imported by interface)");
            } else {
                provided.add(type);
            }
        }
    }

    /** The {@code interface} attribute and {@code <interfaces>} values; {@code ""} if there are none. */
    private static List<String> referenceInterfaces(Element reference) {
        List<String> names = new ArrayList<>();
        if (!reference.getAttribute("interface").trim().isEmpty()) {
            names.add(reference.getAttribute("interface").trim());
        }
        for (Element interfaces : Xml.children(reference, "interfaces")) {
            for (Element value : Xml.children(interfaces)) {
                names.add(value.getTextContent().trim());
            }
        }
        if (names.isEmpty()) {
            names.add("");
        }
        return names;
    }

    private void readBean(String where, Element bean, boolean defaultConstructorAutowire) {
        String className = bean.getAttribute("class").trim();
        String beanText = where + ": <bean id=\"" + bean.getAttribute("id") + "\">";
        if (className.isEmpty()) {
            // A child bean or one made by a factory bean takes its class from elsewhere.
            if (!bean.hasAttribute("parent") && !bean.hasAttribute("factory-bean")) {
                problems.add(beanText + " has no class");
            }
            return;
        }
        Class<?> type = classes.load(className);
        if (type == null) {
            problems.add(beanText + " class " + className + " cannot be loaded");
            return;
        }
        boolean hasConstructorArgs = Xml.hasChild(bean, "constructor-arg");
        String factoryMethod = bean.getAttribute("factory-method");
        if (!factoryMethod.isEmpty() && !bean.hasAttribute("factory-bean")) {
            readStaticFactory(beanText, type, className, factoryMethod, hasConstructorArgs);
            return;
        }
        provided.add(type);
        String autowire = bean.getAttribute("autowire");
        if ("constructor".equals(autowire) || autowire.isEmpty() && defaultConstructorAutowire) {
            autowired.add(new Autowired(beanText, type, null));
        } else if (!hasConstructorArgs && bean.getAttribute("factory-bean").isEmpty()) {
            boolean noArg = Arrays.stream(type.getDeclaredConstructors()).anyMatch(c -> c.getParameterCount() == 0);
            if (!noArg) {
                problems.add(beanText + " class " + className + " has no no-argument constructor; "
                        + "add autowire=\"constructor\" or <constructor-arg>s");
            }
        }
    }

    /** A bean made by a static factory method provides what the method returns. */
    private void readStaticFactory(String beanText, Class<?> type, String className, String factoryMethod,
                                   boolean hasConstructorArgs) {
        List<Method> factories = Arrays.stream(type.getMethods())
                .filter(m -> m.getName().equals(factoryMethod) && Modifier.isStatic(m.getModifiers()))
                .collect(Collectors.toList());
        if (factories.size() != 1) {
            problems.add(beanText + " factory-method " + factoryMethod + ": " + className + " has "
                    + factories.size() + " public static methods of that name, needs exactly one");
            return;
        }
        Method factory = factories.get(0);
        provided.add(factory.getReturnType());
        if (factory.getParameterCount() > 0 && !hasConstructorArgs) {
            autowired.add(new Autowired(beanText, null, factory));
        }
    }

    /** Jira builds the plugin classes the descriptor names with constructor autowiring from the same beans. */
    private void addClassesJiraBuilds(ParsedDescriptor descriptor) {
        for (NamedClass named : NamedClass.allIn(descriptor)) {
            // Entities are not instantiated; Jira's own classes and JDK placeholders (webwork1) are not built
            // from this plugin's beans.
            if (named.requiredType() == null || named.isActiveObjectsEntity() || named.isHostClass()
                    || named.className().startsWith("java.")) {
                continue;
            }
            // What is wrong with the class itself is classProblems()'s to report.
            Class<?> type = classes.resolve(named, new ArrayList<>());
            if (type != null) {
                autowired.add(new Autowired(named.where() + " (built by Jira with constructor autowiring)", type, null));
            }
        }
    }

    private void checkAutowiring(Autowired candidate) {
        Executable executable;
        String what;
        if (candidate.factory() != null) {
            executable = candidate.factory();
            what = "factory method " + candidate.factory().getName();
        } else {
            Constructor<?>[] constructors = candidate.type().getConstructors();
            if (constructors.length != 1) {
                problems.add(candidate.where() + ": " + candidate.type().getName() + " has " + constructors.length
                        + " public constructors; constructor autowiring needs exactly one");
                return;
            }
            executable = constructors[0];
            what = "constructor";
        }
        for (Class<?> parameter : executable.getParameterTypes()) {
            if (provided.stream().noneMatch(parameter::isAssignableFrom)) {
                problems.add(candidate.where() + ": " + what + " parameter " + parameter.getName() + " of "
                        + executable.getDeclaringClass().getName()
                        + " is not provided by any <bean> or <osgi:reference> in META-INF/spring/*.xml "
                        + "(missing <osgi:reference interface=\"" + parameter.getName() + "\"/>?)");
            }
        }
    }

    /** Built by autowiring: {@code type} through its one public constructor, or else the static {@code factory}. */
    private record Autowired(String where, Class<?> type, Method factory) {
    }
}
