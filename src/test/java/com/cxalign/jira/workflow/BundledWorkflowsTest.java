package com.cxalign.jira.workflow;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.cxalign.jira.platform.PluginKey;
import com.cxalign.jira.testing.workflow.JiraSystemModules;
import com.cxalign.jira.testing.workflow.WorkflowEngine;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * {@code atlassian-plugin.xml} that declares that very class, every step's status is a placeholder the setup
 * page can fill in, and the transition into the final step (and only that one) sets the resolution, first among its
 * post-functions as in Jira's own workflows; filled in for a Jira and run in the real OSWorkflow engine, it sets
 * that Jira's resolution id.
 */
public class BundledWorkflowsTest {

    private static final List<String> FILES = List.of("cx-initiative-workflow.xml", "customer-feedback-workflow.xml");
    private static final Pattern PLACEHOLDER = Pattern.compile("@status:([^@<]+)@");
    private static final String UPDATE_STATUS = "com.atlassian.jira.workflow.function.issue.UpdateIssueStatusFunction";
    private static final int CREATE = 1;

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

    @Test
    public void onlyTheTransitionIntoTheFinalStepSetsTheResolutionFirstOfAllAsJiraDoes() throws Exception {
        for (String file : FILES) {
            Document xml = parse(workflow(file));
            String finalStep = finalStep(xml);
            NodeList results = xml.getElementsByTagName("unconditional-result");
            int setting = 0;
            for (int i = 0; i < results.getLength(); i++) {
                Element result = (Element) results.item(i);
                List<Map<String, String>> functions = postFunctions(result);
                List<Map<String, String>> resolutionSetters = functions.stream()
                        .filter(args -> JiraSystemModules.UPDATE_ISSUE_FIELD.equals(args.get("class.name")))
                        .toList();
                if (!result.getAttribute("step").equals(finalStep)) {
                    assertEquals(file + " result to step " + result.getAttribute("step"), List.of(),
                            resolutionSetters);
                    continue;
                }
                setting++;
                assertEquals(file, List.of(Map.of("class.name", JiraSystemModules.UPDATE_ISSUE_FIELD,
                        "field.name", "resolution", "field.value", "@resolution:Done@")), resolutionSetters);
                // Jira's own workflows put it first, before the status changes (jira-workflow.xml, Reopen Issue).
                assertEquals(file, JiraSystemModules.UPDATE_ISSUE_FIELD, functions.get(0).get("class.name"));
                assertEquals(file, UPDATE_STATUS, functions.get(1).get("class.name"));
            }
            assertEquals(file + ": transitions into the final step", 1, setting);
        }
    }

    @Test
    public void filledInTheEngineTheFinalTransitionSetsThisJirasResolutionAndNoOtherDoes() throws Exception {
        InMemoryJiraConstants resolutions = InMemoryJiraConstants.resolutionsOfANewJira();
        WorkflowTemplates templates = new WorkflowTemplates();
        walk(templates, "cx-initiative-workflow", resolutions, List.of(11, 21, 31, 41), 5);
        walk(templates, "customer-feedback-workflow", resolutions, List.of(11, 21, 31), 4);

        // Another Jira, another id: the placeholder is what was filled in, not a number of the template's.
        InMemoryJiraConstants renumbered = InMemoryJiraConstants.none().put("Won't Do", "1").put("DONE", "42");
        walk(templates, "customer-feedback-workflow", renumbered, List.of(11, 21, 31), 4);
    }

    /**
     * Fills the workflow in for a Jira with all its statuses and {@code resolutions}, runs it from creation through
     * {@code actions} in the engine (Jira's classes stood in for, CX Align's checks letting everything through: their
     * rules are CxWorkflowsInTheEngineTest's), and checks that only the last action set the resolution, to Done's id.
     */
    private static void walk(WorkflowTemplates templates, String name, InMemoryJiraConstants resolutions,
                             List<Integer> actions, int finalStep) throws Exception {
        InMemoryJiraConstants statuses = InMemoryJiraConstants.none()
                .create(templates.statusNames(name).toArray(new String[0]));
        WorkflowTemplates.Filling filling = templates.fill(name, statuses.idsByName(), resolutions.idsByName());
        assertTrue(name, filling.ready());
        WorkflowEngine engine = WorkflowEngine.ofXml(name, filling.xml(), "agent-key",
                BundledWorkflowsTest::passingModule);

        Map<String, String> updated = new HashMap<>();
        Map<String, Object> inputs = Map.of(JiraSystemModules.UPDATED_FIELDS, updated);
        long entry = engine.start(name, CREATE, inputs);
        for (int action : actions.subList(0, actions.size() - 1)) {
            engine.doAction(entry, action, inputs);
            assertEquals(name + " after action " + action, Map.of(), updated);
        }
        engine.doAction(entry, actions.get(actions.size() - 1), inputs);

        assertEquals(name, finalStep, engine.currentStep(entry));
        String done = resolutions.idsByName().entrySet().stream()
                .filter(resolution -> resolution.getKey().equalsIgnoreCase("Done")).findFirst().orElseThrow()
                .getValue();
        assertEquals(name, Map.of("resolution", done), updated);
    }

    /** Jira's classes as {@link JiraSystemModules} stands in for them; CX Align's checks and functions pass. */
    private static Object passingModule(String className) {
        Object jira = JiraSystemModules.standIn(className);
        if (jira != null) {
            return jira;
        }
        try {
            Class<?> type = Class.forName(className);
            if (Validator.class.isAssignableFrom(type)) {
                return (Validator) (transientVars, args, ps) -> { };
            }
            if (Condition.class.isAssignableFrom(type)) {
                return (Condition) (transientVars, args, ps) -> true;
            }
            if (FunctionProvider.class.isAssignableFrom(type)) {
                return (FunctionProvider) (transientVars, args, ps) -> { };
            }
        } catch (ClassNotFoundException e) {
            throw new AssertionError("The workflow names an unknown class " + className, e);
        }
        throw new AssertionError(className + " is no validator, condition or function");
    }

    /** The id of the one step without actions, where the workflow ends. */
    private static String finalStep(Document xml) {
        Set<String> finals = new LinkedHashSet<>();
        NodeList steps = xml.getElementsByTagName("step");
        for (int i = 0; i < steps.getLength(); i++) {
            Element step = (Element) steps.item(i);
            if (step.getElementsByTagName("action").getLength() == 0) {
                finals.add(step.getAttribute("id"));
            }
        }
        assertEquals("final steps " + finals, 1, finals.size());
        return finals.iterator().next();
    }

    /** The args of each post-function of a result, in order. */
    private static List<Map<String, String>> postFunctions(Element result) {
        List<Map<String, String>> functions = new ArrayList<>();
        NodeList nodes = result.getElementsByTagName("function");
        for (int i = 0; i < nodes.getLength(); i++) {
            functions.add(args((Element) nodes.item(i)));
        }
        return functions;
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
