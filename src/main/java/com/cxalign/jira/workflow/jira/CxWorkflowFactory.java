package com.cxalign.jira.workflow.jira;

import com.atlassian.jira.plugin.workflow.AbstractWorkflowPluginFactory;
import com.cxalign.jira.workflow.ArgSpec;
import com.cxalign.jira.workflow.ModuleArgs;
import com.opensymphony.workflow.loader.AbstractDescriptor;
import com.opensymphony.workflow.loader.ConditionDescriptor;
import com.opensymphony.workflow.loader.FunctionDescriptor;
import com.opensymphony.workflow.loader.ValidatorDescriptor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What Jira's workflow editor needs to add, edit and show one of CX Align's checks, the same for all of them: the
 * check's settings ({@link ArgSpec}) go to the shared templates as plain maps with their current values (defaults
 * when the check is new), and the admin's form comes back as normalized descriptor arguments. A subclass names its
 * settings and says which kind of workflow module it is.
 */
public abstract class CxWorkflowFactory extends AbstractWorkflowPluginFactory {

    private final String titleKey;
    private final String helpKey;
    private final List<ArgSpec> settings;

    /**
     * @param titleKey the i18n key of the check's name, as the transition's page shows it
     * @param helpKey  the i18n key of what the check does and what its settings mean, above its form
     */
    protected CxWorkflowFactory(String titleKey, String helpKey, List<ArgSpec> settings) {
        this.titleKey = titleKey;
        this.helpKey = helpKey;
        this.settings = List.copyOf(settings);
    }

    @Override
    protected void getVelocityParamsForInput(Map<String, Object> velocityParams) {
        velocityParams.put("cxTitleKey", titleKey);
        velocityParams.put("cxHelpKey", helpKey);
        velocityParams.put("cxSettings", settingsWith(ModuleArgs.defaults(settings)));
    }

    @Override
    protected void getVelocityParamsForEdit(Map<String, Object> velocityParams, AbstractDescriptor descriptor) {
        velocityParams.put("cxTitleKey", titleKey);
        velocityParams.put("cxHelpKey", helpKey);
        velocityParams.put("cxSettings", settingsWith(ModuleArgs.of(argsOf(descriptor), settings)));
    }

    @Override
    protected void getVelocityParamsForView(Map<String, Object> velocityParams, AbstractDescriptor descriptor) {
        getVelocityParamsForEdit(velocityParams, descriptor);
    }

    @Override
    public Map<String, ?> getDescriptorParams(Map<String, Object> formParams) {
        return ModuleArgs.fromForm(formParams, settings).asMap();
    }

    /** Each setting as the templates show it: name, kind, value, range and the i18n key of its label. */
    private List<Map<String, Object>> settingsWith(ModuleArgs values) {
        Map<String, String> current = values.asMap();
        List<Map<String, Object>> shown = new ArrayList<>();
        for (ArgSpec spec : settings) {
            Map<String, Object> setting = new LinkedHashMap<>();
            setting.put("name", spec.name());
            setting.put("kind", spec.kind().name());
            setting.put("value", current.get(spec.name()));
            setting.put("min", spec.min());
            setting.put("max", spec.max());
            setting.put("labelKey", spec.labelKey());
            shown.add(setting);
        }
        return shown;
    }

    /** The stored arguments of the validator, condition or function being edited or shown. */
    private static Map<?, ?> argsOf(AbstractDescriptor descriptor) {
        if (descriptor instanceof ValidatorDescriptor validator) {
            return validator.getArgs();
        }
        if (descriptor instanceof ConditionDescriptor condition) {
            return condition.getArgs();
        }
        if (descriptor instanceof FunctionDescriptor function) {
            return function.getArgs();
        }
        return Map.of();
    }
}
