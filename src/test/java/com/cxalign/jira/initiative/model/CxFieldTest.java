package com.cxalign.jira.initiative.model;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.cxalign.jira.catalog.model.JourneyStage;
import com.cxalign.jira.feedback.FeedbackChannel;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.Test;

/** The CX fields and issue types as Jira gets them. */
public class CxFieldTest {

    @Test
    public void initiativesAndFeedbackEachHaveTheirFieldsAndShareTheJourneyStage() {
        assertEquals(List.of(CxField.GOAL, CxField.METRIC, CxField.OUTCOME, CxField.BASELINE, CxField.TARGET,
                CxField.ACTUAL, CxField.EXPECTED_IMPACT, CxField.JOURNEY_STAGE), CxField.of(CxIssueType.INITIATIVE));
        assertEquals(List.of(CxField.JOURNEY_STAGE, CxField.CHANNEL, CxField.CUSTOMER, CxField.SENTIMENT,
                CxField.LOOP_CLOSED_ON, CxField.HOW_WE_TOLD), CxField.of(CxIssueType.FEEDBACK));
    }

    @Test
    public void namesInJsonAreCamelCase() {
        assertEquals("expectedImpact", CxField.EXPECTED_IMPACT.jsonName());
        assertEquals("howWeTold", CxField.HOW_WE_TOLD.jsonName());
        assertEquals("goal", CxField.GOAL.jsonName());
    }

    @Test
    public void everyRoleAndEveryNameIsUnique() {
        Set<String> roles = Arrays.stream(CxField.values()).map(CxField::role).collect(Collectors.toSet());
        Set<String> names = Arrays.stream(CxField.values()).map(CxField::defaultName).collect(Collectors.toSet());
        roles.addAll(Arrays.stream(CxIssueType.values()).map(CxIssueType::role).toList());

        assertEquals(CxField.values().length + CxIssueType.values().length, roles.size());
        assertEquals(CxField.values().length, names.size());
        assertEquals("field.expected-impact", CxField.EXPECTED_IMPACT.role());
        assertTrue(CxIssueType.INITIATIVE.role().startsWith(CxIssueType.ROLE_PREFIX));
    }

    @Test
    public void fixedOptionsAreTheChoicesInSentenceCase() {
        assertEquals(Arrays.stream(FeedbackChannel.values()).map(Choice::label).toList(),
                CxField.CHANNEL.fixedOptions());
        assertEquals("Onboarding", Choice.label(JourneyStage.ONBOARDING));
        assertEquals(List.of(), CxField.GOAL.fixedOptions());
        assertEquals("goal", CxField.GOAL.catalogSubject());
        assertEquals(null, CxField.JOURNEY_STAGE.catalogSubject());
    }

    @Test
    public void aLabelIsReadBackByItsWordsOrItsConstantAndNothingElse() {
        assertEquals(JourneyStage.ONBOARDING, Choice.fromLabel(JourneyStage.class, "ONBOARDING").orElseThrow());
        assertEquals(JourneyStage.ONBOARDING, Choice.fromLabel(JourneyStage.class, " onboarding ").orElseThrow());
        assertTrue(Choice.fromLabel(JourneyStage.class, "On boarding").isEmpty());
        assertTrue(Choice.fromLabel(JourneyStage.class, null).isEmpty());
    }
}
