package com.cxalign.jira.workflow;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.cxalign.jira.platform.PluginKey;
import com.cxalign.jira.testing.workflow.JiraSystemModules;
import com.opensymphony.workflow.Condition;
import com.opensymphony.workflow.FunctionProvider;
import com.opensymphony.workflow.Validator;
import com.opensymphony.workflow.loader.WorkflowDescriptor;
import com.opensymphony.workflow.loader.WorkflowLoader;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The workflows in {@code docs/workflows}: OSWorkflow's own loader reads them (with its DTD), every class they name
 * exists and is what its element needs (or is one of Jira's own classes), every CX Align check names the module of
 * {@code atlassian-plugin.xml} that declares that very class, and every step's status is a placeholder the setup
 * page can fill in.
 */
public class BundledWorkflowsTest {

    private static final List<String> FILES = List.of("cx-initiative-workflow.xml", "customer-feedback-workflow.xml");
    private static final Pattern PLACEHOLDER = Pattern.compile("@status:([^@<]+)@");

    @Test
    public void osWorkflowsLoaderReadsBothWorkflows() throws Exception {
        for (String file : FILES) {
            try (InputStream in = Files.newInputStream(workflow(file))) {
                WorkflowDescriptor descriptor = WorkflowLoader.load(in);
                assertTrue(file, descriptor.getSteps().size() >= 4);
                descriptor.validate();
            }
        }
    }

    @Test
    public void everyNamedClassExistsAndIsWhatItsElementNeeds() throws Exception {
        List<String> problems = new ArrayList<>();
        Map<String, String> moduleClasses = pluginModuleClasses();
        for (String file : FILES) {
            Document xml = parse(workflow(file));
            check(xml, "validator", Validator.class, moduleClasses, file, problems);
            check(xml, "condition", Condition.class, moduleClasses, file, problems);
            check(xml, "function", FunctionProvider.class, moduleClasses, file, problems);
        }
        assertEquals(List.of(), problems);
    }

    @Test
    public void everyStepHasAStatusPlaceholderNamedLikeTheStep() throws Exception {
        for (String file : FILES) {
            NodeList steps = parse(workflow(file)).getElementsByTagName("step");
            for (int i = 0; i < steps.getLength(); i++) {
                Element step = (Element) steps.item(i);
                Matcher placeholder = PLACEHOLDER.matcher(meta(step, "jira.status.id"));
                assertTrue(file + " step " + step.getAttribute("name"), placeholder.matches());
                assertEquals(step.getAttribute("name"), placeholder.group(1));
            }
        }
    }

    private static void check(Document xml, String element, Class<?> required, Map<String, String> moduleClasses,
                              String file, List<String> problems) {
        NodeList nodes = xml.getElementsByTagName(element);
        for (int i = 0; i < nodes.getLength(); i++) {
            Map<String, String> args = args((Element) nodes.item(i));
            String className = args.get("class.name");
            if (JiraSystemModules.KNOWN.contains(className)) {
                continue;
            }
            try {
                Class<?> type = Class.forName(className);
                if (!required.isAssignableFrom(type)) {
                    problems.add(file + ": " + className + " is no " + required.getSimpleName());
                }
            } catch (ClassNotFoundException e) {
                problems.add(file + ": no class " + className);
            }
            String module = args.getOrDefault("full.module.key", "");
            if (!className.equals(moduleClasses.get(module))) {
                problems.add(file + ": " + className + " names module " + module + ", which declares "
                        + moduleClasses.get(module));
            }
        }
    }

    /** "plugin key + module key" (Jira's full.module.key, no separator) to the class its *-class element names. */
    private static Map<String, String> pluginModuleClasses() throws Exception {
        Map<String, String> classes = new HashMap<>();
        Document descriptor = parse(Paths.get("atlassian-plugin.xml"));
        for (String tag : List.of("workflow-validator", "workflow-condition", "workflow-function")) {
            NodeList modules = descriptor.getElementsByTagName(tag);
            for (int i = 0; i < modules.getLength(); i++) {
                Element module = (Element) modules.item(i);
                String child = tag.replace("workflow-", "") + "-class";
                String className = module.getElementsByTagName(child).item(0).getTextContent().trim();
                classes.put(PluginKey.KEY + module.getAttribute("key"), className);
            }
        }
        return classes;
    }

    private static Map<String, String> args(Element element) {
        Map<String, String> args = new HashMap<>();
        NodeList nodes = element.getElementsByTagName("arg");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element arg = (Element) nodes.item(i);
            args.put(arg.getAttribute("name"), arg.getTextContent().trim());
        }
        return args;
    }

    private static String meta(Element step, String name) {
        NodeList metas = step.getElementsByTagName("meta");
        for (int i = 0; i < metas.getLength(); i++) {
            Element meta = (Element) metas.item(i);
            if (meta.getAttribute("name").equals(name)) {
                return meta.getTextContent().trim();
            }
        }
        return "";
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static Path workflow(String file) {
        return Paths.get("docs", "workflows", file);
    }
}
