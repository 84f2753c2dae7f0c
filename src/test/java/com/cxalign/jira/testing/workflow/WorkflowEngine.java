package com.cxalign.jira.testing.workflow;

import com.opensymphony.workflow.FactoryException;
import com.opensymphony.workflow.StoreException;
import com.opensymphony.workflow.WorkflowException;
import com.opensymphony.workflow.basic.BasicWorkflow;
import com.opensymphony.workflow.config.Configuration;
import com.opensymphony.workflow.loader.WorkflowDescriptor;
import com.opensymphony.workflow.loader.WorkflowLoader;
import com.opensymphony.workflow.spi.Step;
import com.opensymphony.workflow.spi.WorkflowStore;
import com.opensymphony.workflow.spi.memory.MemoryWorkflowStore;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The real OSWorkflow engine (opensymphony:osworkflow 2.7.0, the engine Jira's workflows run on) with an in-memory
 * store, running workflow descriptors loaded from XML by OSWorkflow's own loader. Classes that a descriptor names
 * ({@code <arg name="class.name">}) are built by {@code plugin} when it knows them, as Jira builds a plugin's
 * validators, conditions and functions with their dependencies; anything else the engine loads itself.
 */
public final class WorkflowEngine {

    private final Engine engine;

    private WorkflowEngine(String caller, Map<String, WorkflowDescriptor> workflows, Function<String, Object> plugin) {
        MemoryWorkflowStore.reset();
        this.engine = new Engine(caller, plugin);
        engine.setConfiguration(new InMemoryConfiguration(workflows));
    }

    /** An engine with the descriptor from the class path resource {@code xml} under {@code name}. */
    public static WorkflowEngine of(String name, String xml, String caller, Function<String, Object> plugin) {
        try (InputStream in = WorkflowEngine.class.getClassLoader().getResourceAsStream(xml)) {
            if (in == null) {
                throw new IllegalArgumentException("No workflow descriptor " + xml + " on the class path");
            }
            return new WorkflowEngine(caller, Map.of(name, WorkflowLoader.load(in)), plugin);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot load the workflow " + xml, e);
        }
    }

    /** An engine with the descriptor OSWorkflow's loader reads from the text {@code xml}, under {@code name}. */
    public static WorkflowEngine ofXml(String name, String xml, String caller, Function<String, Object> plugin) {
        try (InputStream in = new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))) {
            return new WorkflowEngine(caller, Map.of(name, WorkflowLoader.load(in)), plugin);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot load the workflow " + name, e);
        }
    }

    /** Starts an entry with the initial action; {@code inputs} become the transient variables, as in Jira. */
    public long start(String workflow, int initialAction, Map<String, Object> inputs) throws WorkflowException {
        return engine.initialize(workflow, initialAction, new HashMap<>(inputs));
    }

    public void doAction(long entry, int action, Map<String, Object> inputs) throws WorkflowException {
        engine.doAction(entry, action, new HashMap<>(inputs));
    }

    /** The actions offered now: those whose conditions pass for these inputs. */
    public int[] availableActions(long entry, Map<String, Object> inputs) {
        return engine.getAvailableActions(entry, new HashMap<>(inputs));
    }

    /**
     * The step the entry is in (one current step: the workflows here have no splits), or for an entry that has
     * reached a step without actions (OSWorkflow then finishes it), that last step.
     */
    @SuppressWarnings("unchecked")
    public int currentStep(long entry) {
        List<Step> current = engine.getCurrentSteps(entry);
        if (!current.isEmpty()) {
            return current.get(0).getStepId();
        }
        List<Step> history = engine.getHistorySteps(entry);
        return history.stream().max(java.util.Comparator.comparingLong(Step::getId)).orElseThrow().getStepId();
    }

    private static final class Engine extends BasicWorkflow {
        private final Function<String, Object> plugin;

        Engine(String caller, Function<String, Object> plugin) {
            super(caller);
            this.plugin = plugin;
        }

        @Override
        protected Object loadObject(String className) {
            Object built = plugin.apply(className);
            return built != null ? built : super.loadObject(className);
        }
    }

    /** OSWorkflow's configuration, with the descriptors in memory instead of an osworkflow.xml. */
    private static final class InMemoryConfiguration implements Configuration {
        private final Map<String, WorkflowDescriptor> workflows;
        private final MemoryWorkflowStore store = new MemoryWorkflowStore();

        InMemoryConfiguration(Map<String, WorkflowDescriptor> workflows) {
            this.workflows = workflows;
        }

        @Override
        public boolean isInitialized() {
            return true;
        }

        @Override
        public String getPersistence() {
            return MemoryWorkflowStore.class.getName();
        }

        @Override
        @SuppressWarnings("rawtypes")
        public Map getPersistenceArgs() {
            return Map.of();
        }

        @Override
        public WorkflowDescriptor getWorkflow(String name) throws FactoryException {
            WorkflowDescriptor workflow = workflows.get(name);
            if (workflow == null) {
                throw new FactoryException("Unknown workflow " + name);
            }
            return workflow;
        }

        @Override
        public String[] getWorkflowNames() {
            return workflows.keySet().toArray(new String[0]);
        }

        @Override
        public WorkflowStore getWorkflowStore() throws StoreException {
            return store;
        }

        @Override
        public void load(URL url) {
            // nothing to load: the descriptors are given
        }

        @Override
        public boolean removeWorkflow(String name) {
            return false;
        }

        @Override
        public boolean saveWorkflow(String name, WorkflowDescriptor descriptor, boolean replace) {
            return false;
        }
    }
}
