package com.cxalign.jira.platform.i18n;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.message.I18nResolver;

import java.io.Serializable;
import java.util.List;

import org.junit.Test;

public class SalMessagesTest {

    private final I18nResolver i18nResolver = mock(I18nResolver.class);
    private final Messages messages = new SalMessages(i18nResolver);

    @Test
    public void theKeyAndEveryArgumentReachJirasResolverInOrder() {
        when(i18nResolver.getText(eq("cx-align.goal.not-found"), any(Serializable[].class))).thenAnswer(call ->
                "resolved " + call.getArgument(0) + " " + List.of((Object[]) call.getRawArguments()[1]));

        assertEquals("resolved cx-align.goal.not-found [42, Churn]",
                messages.text("cx-align.goal.not-found", List.of("42", "Churn")));
        assertEquals("resolved cx-align.goal.not-found [7]", messages.text("cx-align.goal.not-found", "7"));
    }

    @Test
    public void aTextWithoutArgumentsGetsAnEmptyArgumentList() {
        when(i18nResolver.getText(eq("cx-align.error.login"), any(Serializable[].class))).thenAnswer(call ->
                "args=" + ((Object[]) call.getRawArguments()[1]).length);

        assertEquals("args=0", messages.text("cx-align.error.login"));
    }
}
