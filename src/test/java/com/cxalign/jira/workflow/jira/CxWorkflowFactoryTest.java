package com.cxalign.jira.workflow.jira;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;

import com.atlassian.jira.plugin.workflow.WorkflowPluginFactory;
import com.cxalign.jira.testing.velocity.PluginTemplates;
import com.opensymphony.workflow.loader.ConditionDescriptor;
import com.opensymphony.workflow.loader.ValidatorDescriptor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.Test;

/**
 * The workflow editor's side of the checks: the settings that reach the shared templates, the templates rendered by
 * real Velocity set up like Jira's (escaping), and the admin's form turned into descriptor arguments.
 */
public class CxWorkflowFactoryTest {

    private static final String EDIT = "templates/workflow/check-edit.vm";
    private static final String VIEW = "templates/workflow/check-view.vm";
    private static final String HOSTILE = "\"><script>alert(1)</script>";

    @Test
    public void aNewOutcomeCheckOffersItsSettingsWithTheirDefaults() {
        Map<String, Object> params = new HashMap<>();
        new OutcomeStatedFactory().getVelocityParamsForInput(params);

        String html = PluginTemplates.render(EDIT, params);

        assertThat(html, containsString("<strong>Customer outcome stated</strong>"));
        assertThat(html, containsString("name=\"minWords\" value=\"8\" min=\"1\" max=\"100\""));
        assertThat(html, containsString("<input type=\"checkbox\" id=\"cx-setting-requireCustomer\""
                + " name=\"requireCustomer\" value=\"true\"/>"));
        assertThat(html, containsString("value=\"tbd, n/a, todo, improve cx, better experience, same as summary\""));
        assertThat(html, containsString("<label for=\"cx-setting-customerWords\">Words that name the customer</label>"));
        assertThat("no reference is left unrendered", html, not(containsString("$")));
    }

    @Test
    public void editingShowsWhatTheTransitionStoredEscaped() {
        ValidatorDescriptor stored = new ValidatorDescriptor();
        putAll(stored.getArgs(), Map.of("minWords", "12", "requireCustomer", "true", "refusedPhrases", HOSTILE));
        Map<String, Object> params = new HashMap<>();
        new OutcomeStatedFactory().getVelocityParamsForEdit(params, stored);

        String edit = PluginTemplates.render(EDIT, params);
        String view = PluginTemplates.render(VIEW, params);

        assertThat(edit, containsString("name=\"minWords\" value=\"12\""));
        assertThat(edit, containsString("name=\"requireCustomer\" value=\"true\" checked=\"checked\"/>"));
        assertThat(edit, not(containsString("<script>")));
        assertThat(edit, containsString("value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\""));
        assertThat(view, containsString("Fewest words <em>12</em>"));
        assertThat(view, containsString("Must name the customer <em>yes</em>"));
        assertThat(view, not(containsString("<script>")));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void putAll(Map raw, Map<String, String> values) {
        raw.putAll(values);
    }

    @Test
    public void theFormBecomesNormalizedDescriptorArgumentsThroughJirasFactoryInterface() {
        WorkflowPluginFactory factory = new OutcomeStatedFactory();
        Map<String, Object> form = new HashMap<>();
        form.put("minWords", new String[] {"0"});
        form.put("refusedPhrases", new String[] {"TBD, Later "});
        form.put("customerWords", new String[] {""});

        assertEquals(Map.of("minWords", "1", "refusedPhrases", "tbd, later", "requireCustomer", "false",
                "customerWords", ""), factory.getDescriptorParams(form));
    }

    @Test
    public void theConditionAndThePostFunctionShowTheirOwnNames() {
        ConditionDescriptor condition = new ConditionDescriptor();
        Map<String, Object> conditionParams = new HashMap<>();
        new LoopClosedConditionFactory().getVelocityParamsForView(conditionParams, condition);
        Map<String, Object> functionParams = new HashMap<>();
        new RecordOutcomeFactory().getVelocityParamsForInput(functionParams);

        assertThat(PluginTemplates.render(VIEW, conditionParams),
                containsString("Only when the feedback loop is closed</strong>: Every addressed feedback closed <em>no"));
        assertEquals(List.of(), functionParams.get("cxSettings"));
        assertThat(PluginTemplates.render(EDIT, functionParams), containsString("Record the initiative's outcome"));
        assertThat(PluginTemplates.render(VIEW, functionParams),
                containsString("<strong>Record the initiative's outcome</strong></span>"));
    }
}
