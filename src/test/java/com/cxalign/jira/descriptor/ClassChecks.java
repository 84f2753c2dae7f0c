package com.cxalign.jira.descriptor;

import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/** The classes the descriptor names; see {@link PluginDescriptorCheck#classProblems()}. */
record ClassChecks(HostClassList hostClasses, ClassLoader classLoader) {

    List<String> problems(ParsedDescriptor descriptor) {
        List<String> problems = new ArrayList<>();
        for (NamedClass named : NamedClass.allIn(descriptor)) {
            if (named.requiredType() == null) {
                problems.add("unknown module type: " + named.where() + " names class " + named.className()
                        + "; add <" + named.role() + "> and the type it needs to PluginDescriptorCheck.REQUIRED_TYPES");
                continue;
            }
            resolve(named, problems);
        }
        return problems;
    }

    /**
     * The named class if it loads, has its required type and can be instantiated (an entity: is an interface);
     * otherwise null, with the reason added to {@code problems}. Host classes are only looked up in the list: null.
     */
    Class<?> resolve(NamedClass named, List<String> problems) {
        String name = named.className();
        if (name.isEmpty()) {
            problems.add(named.where() + " names no class");
            return null;
        }
        if (named.isHostClass()) {
            if (!hostClasses.contains(name)) {
                problems.add(named.where() + " names Jira class " + name + ", which is not listed (with evidence) "
                        + "under '" + HostClassList.SECTION_TITLE + "' in src/api-stubs/README.md; the check cannot "
                        + "tell whether Jira 10.3 has it");
            }
            return null;
        }
        Class<?> type = load(name);
        if (type == null) {
            problems.add(named.where() + " names class " + name + ", which cannot be loaded");
            return null;
        }
        Class<?> required = load(named.requiredType());
        if (required == null) {
            problems.add(named.where() + " names class " + name + ", but the type it must be, "
                    + named.requiredType() + ", is not on the test class path (add an API stub)");
            return null;
        }
        if (!required.isAssignableFrom(type)) {
            problems.add(named.where() + " names class " + name + ", which is not a " + named.requiredType());
            return null;
        }
        if (named.isActiveObjectsEntity() && !type.isInterface()) {
            problems.add(named.where() + " names class " + name + ", but Active Objects entities are interfaces");
        } else if (!named.isActiveObjectsEntity() && !Object.class.equals(type)
                && (type.isInterface() || Modifier.isAbstract(type.getModifiers()))) {
            problems.add(named.where() + " names class " + name + ", which is abstract: Jira cannot instantiate it");
        }
        return type;
    }

    /** The class, without initialising it; null if it is missing or cannot be linked. */
    Class<?> load(String name) {
        try {
            return Class.forName(name, false, classLoader);
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }
}
