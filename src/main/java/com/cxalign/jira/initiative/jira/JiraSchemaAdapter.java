package com.cxalign.jira.initiative.jira;

import com.atlassian.jira.avatar.AvatarManager;
import com.atlassian.jira.exception.DataAccessException;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.icon.IconOwningObjectId;
import com.atlassian.jira.icon.IconType;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.context.GlobalIssueContext;
import com.atlassian.jira.issue.context.JiraContextNode;
import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.customfields.manager.OptionsManager;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfig;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.cxalign.jira.initiative.model.CxField;
import com.cxalign.jira.initiative.model.CxIssueType;
import com.cxalign.jira.initiative.setup.JiraSchema;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.ofbiz.core.entity.GenericEntityException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link JiraSchema} over Jira's issue type, link type, custom field and option managers. */
public class JiraSchemaAdapter implements JiraSchema {

    private static final Logger LOG = LoggerFactory.getLogger(JiraSchemaAdapter.class);
    /** Avatars of issue types belong to no particular issue type until Jira assigns them ("0", as Jira's own). */
    private static final String NO_OWNER = "0";

    private final IssueTypeManager issueTypes;
    private final AvatarManager avatars;
    private final IssueLinkTypeManager linkTypes;
    private final CustomFieldManager customFields;
    private final OptionsManager optionsManager;

    public JiraSchemaAdapter(IssueTypeManager issueTypes, AvatarManager avatars, IssueLinkTypeManager linkTypes,
                             CustomFieldManager customFields, OptionsManager optionsManager) {
        this.issueTypes = issueTypes;
        this.avatars = avatars;
        this.linkTypes = linkTypes;
        this.customFields = customFields;
        this.optionsManager = optionsManager;
    }

    @Override
    public boolean issueTypeExists(String issueTypeId) {
        return issueTypes.getIssueType(issueTypeId) != null;
    }

    @Override
    public Optional<String> issueTypeNamed(String name) {
        return issueTypes.getIssueTypes().stream()
                .filter(type -> !type.isSubTask() && name.equalsIgnoreCase(type.getName()))
                .map(IssueType::getId)
                .findFirst();
    }

    @Override
    public String createIssueType(CxIssueType type) {
        return issueTypes.createIssueType(type.defaultName(), type.description(), iconOf(type)).getId();
    }

    /**
     * Makes the issue type's own icon (a plugin image) into a Jira avatar. Should Jira refuse it, the issue type
     * still gets made, with Jira's default icon: the icon is worth a warning in the log, not a failed setup.
     */
    private Long iconOf(CxIssueType type) {
        try (InputStream image = JiraSchemaAdapter.class.getClassLoader().getResourceAsStream(type.icon())) {
            if (image != null) {
                String fileName = type.icon().substring(type.icon().lastIndexOf('/') + 1);
                return avatars.create(fileName, "image/png", IconType.ISSUE_TYPE_ICON_TYPE,
                        new IconOwningObjectId(NO_OWNER), image, null).getId();
            }
            LOG.warn("The icon {} of the issue type {} is missing from the plugin", type.icon(), type.defaultName());
        } catch (IOException | DataAccessException e) {
            LOG.warn("Jira did not take the icon of the issue type {}; it gets Jira's default icon",
                    type.defaultName(), e);
        }
        return avatars.getDefaultAvatarId(IconType.ISSUE_TYPE_ICON_TYPE);
    }

    @Override
    public boolean linkTypeExists(long linkTypeId) {
        return linkTypes.getIssueLinkType(linkTypeId) != null;
    }

    @Override
    public Optional<Long> linkTypeNamed(String name) {
        return linkTypes.getIssueLinkTypesByName(name).stream().map(IssueLinkType::getId).findFirst();
    }

    @Override
    public long createLinkType(String name, String outward, String inward) {
        // Jira returns nothing from the creation; the new type is found by its (unique) name.
        linkTypes.createIssueLinkType(name, outward, inward, null);
        return linkTypeNamed(name)
                .orElseThrow(() -> new IllegalStateException("Jira did not create the issue link type " + name));
    }

    @Override
    public boolean fieldExists(long fieldId) {
        return customFields.getCustomFieldObject(fieldId) != null;
    }

    @Override
    public Optional<Long> earlierField(CxField cxField) {
        String typeKey = JiraFieldTypes.typeKey(cxField.kind());
        return customFields.getCustomFieldObjectsByName(cxField.defaultName()).stream()
                .filter(field -> field.getCustomFieldType() != null
                        && typeKey.equals(field.getCustomFieldType().getKey())
                        && cxField.description().equals(field.getDescription()))
                .map(CustomField::getIdAsLong)
                .findFirst();
    }

    @Override
    public long createField(CxField field, List<String> issueTypeIds) {
        CustomFieldType<?, ?> type = customFields.getCustomFieldType(JiraFieldTypes.typeKey(field.kind()));
        CustomFieldSearcher searcher = customFields.getCustomFieldSearcher(JiraFieldTypes.searcherKey(field.kind()));
        if (type == null || searcher == null) {
            throw new IllegalStateException("Jira lacks the field type " + JiraFieldTypes.typeKey(field.kind())
                    + " or its searcher " + JiraFieldTypes.searcherKey(field.kind()));
        }
        List<JiraContextNode> contexts = List.of(GlobalIssueContext.getInstance());
        List<IssueType> types = issueTypeIds.stream().map(issueTypes::getIssueType).filter(Objects::nonNull).toList();
        try {
            return customFields.createCustomField(field.defaultName(), field.description(), type, searcher,
                    contexts, types).getIdAsLong();
        } catch (GenericEntityException e) {
            throw new IllegalStateException("Jira could not create the field " + field.defaultName(), e);
        }
    }

    @Override
    public List<FieldOption> options(long fieldId) {
        return optionsManager.getOptions(config(fieldId)).stream()
                .map(option -> new FieldOption(option.getOptionId(), option.getValue(),
                        Boolean.TRUE.equals(option.getDisabled())))
                .toList();
    }

    @Override
    public long addOption(long fieldId, String value) {
        FieldConfig config = config(fieldId);
        long sequence = optionsManager.getOptions(config).size();
        return optionsManager.createOption(config, null, sequence, value).getOptionId();
    }

    @Override
    public void renameOption(long optionId, String value) {
        optionsManager.setValue(option(optionId), value);
    }

    @Override
    public void setOptionDisabled(long optionId, boolean disabled) {
        Option option = option(optionId);
        if (disabled) {
            optionsManager.disableOption(option);
        } else {
            optionsManager.enableOption(option);
        }
    }

    /** The plugin's fields have one context (made by {@link #createField}), so one configuration holds the options. */
    private FieldConfig config(long fieldId) {
        CustomField field = customFields.getCustomFieldObject(fieldId);
        if (field == null || field.getConfigurationSchemes().isEmpty()) {
            throw new IllegalStateException("The custom field " + fieldId + " has no context to hold options");
        }
        return field.getConfigurationSchemes().get(0).getOneAndOnlyConfig();
    }

    private Option option(long optionId) {
        Option option = optionsManager.findByOptionId(optionId);
        if (option == null) {
            throw new IllegalStateException("There is no field option " + optionId);
        }
        return option;
    }
}
