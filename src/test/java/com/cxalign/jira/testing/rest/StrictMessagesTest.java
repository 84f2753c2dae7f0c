package com.cxalign.jira.testing.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import org.junit.Test;

public class StrictMessagesTest {

    private final StrictMessages messages = StrictMessages.forPlugin();

    @Test
    public void thePluginsTextsAreFormattedWithTheirArguments() {
        assertEquals("count has the wrong type.", messages.text("cx-align.error.json.field", "count"));
    }

    @Test
    public void anUnknownKeyFailsInsteadOfShowingTheKey() {
        assertThrows(IllegalArgumentException.class, () -> messages.text("cx-align.error.no-such-key"));
    }

    @Test
    public void aTestCanAddTheTextsOfItsOwnSampleCode() {
        StrictMessages extended = messages.with("sample.key", "Hello {0}");

        assertEquals("Hello Ada", extended.text("sample.key", "Ada"));
        assertThrows(IllegalArgumentException.class, () -> messages.text("sample.key"));
    }
}
