package com.cxalign.jira.initiative.jira;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.avatar.Avatar;
import com.atlassian.jira.avatar.AvatarManager;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.exception.DataAccessException;
import com.atlassian.jira.icon.IconOwningObjectId;
import com.atlassian.jira.icon.IconType;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.context.GlobalIssueContext;
import com.atlassian.jira.issue.context.JiraContextNode;
import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.customfields.manager.OptionsManager;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.customfields.option.Options;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfig;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.cxalign.jira.initiative.model.CxField;
import com.cxalign.jira.initiative.model.CxIssueType;
import com.cxalign.jira.initiative.setup.JiraSchema.FieldOption;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.Test;
import org.mockito.MockedStatic;

/** The Jira adapter of the plugin's setup, against Jira's managers (Mockito: they exist only inside Jira). */
public class JiraSchemaAdapterTest {

    private static final String SELECT = "com.atlassian.jira.plugin.system.customfieldtypes:select";

    private final IssueTypeManager issueTypes = mock(IssueTypeManager.class);
    private final AvatarManager avatars = mock(AvatarManager.class);
    private final IssueLinkTypeManager linkTypes = mock(IssueLinkTypeManager.class);
    private final CustomFieldManager customFields = mock(CustomFieldManager.class);
    private final OptionsManager optionsManager = mock(OptionsManager.class);
    private final JiraSchemaAdapter adapter = new JiraSchemaAdapter(issueTypes, avatars, linkTypes, customFields,
            optionsManager);

    @Test
    public void anIssueTypeIsMadeWithItsOwnIconFromThePlugin() throws Exception {
        Avatar avatar = mock(Avatar.class);
        when(avatar.getId()).thenReturn(321L);
        byte[][] received = new byte[1][];
        when(avatars.create(eq("cx-initiative.png"), eq("image/png"), eq(IconType.ISSUE_TYPE_ICON_TYPE),
                eq(new IconOwningObjectId("0")), any(InputStream.class), isNull())).thenAnswer(call -> {
                    received[0] = call.getArgument(4, InputStream.class).readAllBytes();
                    return avatar;
                });
        IssueType created = issueType("10500", "CX Initiative", false);
        when(issueTypes.createIssueType("CX Initiative", CxIssueType.INITIATIVE.description(), 321L))
                .thenReturn(created);

        assertEquals("10500", adapter.createIssueType(CxIssueType.INITIATIVE));
        byte[] png;
        try (InputStream icon = getClass().getClassLoader().getResourceAsStream("images/cx-initiative.png")) {
            png = icon.readAllBytes();
        }
        assertArrayEquals("Jira got the plugin's PNG", png, received[0]);
        verify(avatars, never()).getDefaultAvatarId(any());
    }

    @Test
    public void whenJiraRefusesTheIconTheIssueTypeGetsTheDefaultOne() throws Exception {
        when(avatars.create(any(), any(), any(), any(), any(), any())).thenThrow(new DataAccessException("disk full"));
        when(avatars.getDefaultAvatarId(IconType.ISSUE_TYPE_ICON_TYPE)).thenReturn(1L);
        IssueType created = issueType("10501", "Customer Feedback", false);
        when(issueTypes.createIssueType("Customer Feedback", CxIssueType.FEEDBACK.description(), 1L))
                .thenReturn(created);

        assertEquals("10501", adapter.createIssueType(CxIssueType.FEEDBACK));
    }

    @Test
    public void issueTypesAreFoundByNameIgnoringCaseButNeverASubTask() {
        IssueType subTask = issueType("1", "CX Initiative", true);
        IssueType standard = issueType("2", "cx initiative", false);
        when(issueTypes.getIssueTypes()).thenReturn(List.of(subTask, standard));

        assertEquals(Optional.of("2"), adapter.issueTypeNamed("CX Initiative"));
        assertEquals(Optional.empty(), adapter.issueTypeNamed("Customer Feedback"));
    }

    @Test
    public void theLinkTypeIsCreatedThenFoundByName() {
        IssueLinkType type = mock(IssueLinkType.class);
        when(type.getId()).thenReturn(10300L);
        when(linkTypes.getIssueLinkTypesByName("Addresses feedback")).thenReturn(List.of(type));

        assertEquals(10300L, adapter.createLinkType("Addresses feedback", "addresses feedback", "is addressed by"));
        verify(linkTypes).createIssueLinkType("Addresses feedback", "addresses feedback", "is addressed by", null);
    }

    @Test
    public void aFieldIsMadeOfJirasOwnTypeAndSearcherWithAContextForTheGivenIssueTypes() throws Exception {
        CustomFieldType<?, ?> select = mock(CustomFieldType.class);
        CustomFieldSearcher searcher = mock(CustomFieldSearcher.class);
        IssueType initiative = issueType("10500", "CX Initiative", false);
        CustomField field = mock(CustomField.class);
        when(field.getIdAsLong()).thenReturn(10010L);
        when(customFields.getCustomFieldType(SELECT)).thenReturn(select);
        when(customFields.getCustomFieldSearcher("com.atlassian.jira.plugin.system.customfieldtypes:multiselectsearcher"))
                .thenReturn(searcher);
        when(issueTypes.getIssueType("10500")).thenReturn(initiative);
        JiraContextNode global = mock(JiraContextNode.class);
        when(customFields.createCustomField(eq("CX Goal"), eq(CxField.GOAL.description()), eq(select), eq(searcher),
                eq(List.of(global)), eq(List.of(initiative)))).thenReturn(field);

        // The global context, narrowed to the given issue types (Jira's own GlobalIssueContext is a static).
        try (MockedStatic<GlobalIssueContext> context = mockStatic(GlobalIssueContext.class)) {
            context.when(GlobalIssueContext::getInstance).thenReturn(global);
            assertEquals(10010L, adapter.createField(CxField.GOAL, List.of("10500")));
        }
    }

    @Test
    public void aMissingFieldTypeIsAClearErrorNotAFieldWithoutSearch() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> adapter.createField(CxField.OUTCOME, List.of()));
        assertTrue(e.getMessage(), e.getMessage().contains(":textarea"));
    }

    @Test
    public void onlyAFieldOfTheSameNameJiraTypeAndDescriptionIsTheFieldAnEarlierInstallMade() {
        CustomField ours = field(1L, "com.atlassian.jira.plugin.system.customfieldtypes:textfield");
        when(ours.getDescription()).thenReturn(CxField.CUSTOMER.description());
        CustomField theirs = field(2L, "com.atlassian.jira.plugin.system.customfieldtypes:textfield");
        when(theirs.getDescription()).thenReturn("The customer of the sales deal");
        CustomField select = field(3L, SELECT);
        when(select.getDescription()).thenReturn(CxField.CUSTOMER.description());
        CustomField broken = field(4L, null);
        when(customFields.getCustomFieldObjectsByName("Customer")).thenReturn(List.of(broken, select, theirs, ours));

        assertEquals(Optional.of(1L), adapter.earlierField(CxField.CUSTOMER));
        when(customFields.getCustomFieldObjectsByName("Customer")).thenReturn(List.of(theirs, select));
        assertEquals(Optional.empty(), adapter.earlierField(CxField.CUSTOMER));
    }

    @Test
    public void optionsAreReadAddedAtTheEndRenamedAndDisabledInTheFieldsOnlyConfiguration() {
        FieldConfig config = mock(FieldConfig.class);
        CustomField field = field(10010L, SELECT);
        FieldConfigScheme scheme = mock(FieldConfigScheme.class);
        when(scheme.getOneAndOnlyConfig()).thenReturn(config);
        when(field.getConfigurationSchemes()).thenReturn(List.of(scheme));
        when(customFields.getCustomFieldObject(10010L)).thenReturn(field);
        Option disabled = option(501L, "Old goal", true);
        Option active = option(502L, "Reduce onboarding churn", null);
        Options both = options(disabled, active);
        when(optionsManager.getOptions(config)).thenReturn(both);
        Option created = option(503L, "Grow repeat orders", false);
        when(optionsManager.createOption(config, null, 2L, "Grow repeat orders")).thenReturn(created);
        when(optionsManager.findByOptionId(502L)).thenReturn(active);

        assertEquals(List.of(new FieldOption(501, "Old goal", true), new FieldOption(502, "Reduce onboarding churn",
                false)), adapter.options(10010L));
        assertEquals(503L, adapter.addOption(10010L, "Grow repeat orders"));
        adapter.renameOption(502L, "Reduce churn");
        adapter.setOptionDisabled(502L, true);
        adapter.setOptionDisabled(502L, false);

        verify(optionsManager).setValue(active, "Reduce churn");
        verify(optionsManager).disableOption(active);
        verify(optionsManager).enableOption(active);
    }

    @Test
    public void existenceIsAskedOfJira() {
        IssueType initiative = issueType("10500", "CX Initiative", false);
        IssueLinkType addresses = mock(IssueLinkType.class);
        when(issueTypes.getIssueType("10500")).thenReturn(initiative);
        when(linkTypes.getIssueLinkType(10300L)).thenReturn(addresses);

        assertTrue(adapter.issueTypeExists("10500"));
        assertFalse(adapter.issueTypeExists("10999"));
        assertTrue(adapter.linkTypeExists(10300L));
        assertFalse(adapter.fieldExists(10010L));
    }

    private static IssueType issueType(String id, String name, boolean subTask) {
        IssueType type = mock(IssueType.class);
        when(type.getId()).thenReturn(id);
        when(type.getName()).thenReturn(name);
        when(type.isSubTask()).thenReturn(subTask);
        return type;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static CustomField field(long id, String typeKey) {
        CustomField field = mock(CustomField.class);
        when(field.getIdAsLong()).thenReturn(id);
        if (typeKey != null) {
            CustomFieldType type = mock(CustomFieldType.class);
            when(type.getKey()).thenReturn(typeKey);
            when(field.getCustomFieldType()).thenReturn(type);
        }
        return field;
    }

    private static Option option(long id, String value, Boolean disabled) {
        Option option = mock(Option.class);
        when(option.getOptionId()).thenReturn(id);
        when(option.getValue()).thenReturn(value);
        when(option.getDisabled()).thenReturn(disabled);
        return option;
    }

    private static Options options(Option... options) {
        Options list = mock(Options.class);
        List<Option> real = new ArrayList<>(List.of(options));
        when(list.stream()).thenAnswer(invocation -> real.stream());
        when(list.size()).thenReturn(real.size());
        return list;
    }
}
