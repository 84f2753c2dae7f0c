package com.cxalign.jira.dashboard.readmodel;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import com.cxalign.jira.dashboard.store.FeedbackRowEntity;

import org.junit.Test;

/** A new row's setter calls as the columns of one INSERT (written for real in {@code ReadModelTest}). */
public class RowInsertTest {

    @Test
    public void aPropertyIsTheColumnActiveObjectsNamesInJira() {
        assertEquals("ISSUE_ID", RowInsert.column("IssueId"));
        assertEquals("HAS_OUTCOME", RowInsert.column("HasOutcome"));
        assertEquals("DAYS_TO_CLOSE", RowInsert.column("DaysToClose"));
        assertEquals("SUMMARY", RowInsert.column("Summary"));
    }

    @Test
    public void theStandInTakesOnlySetters() {
        FeedbackRowEntity row = new RowInsert<>(FeedbackRowEntity.class).row();
        row.setChannel("SURVEY");

        assertThrows(UnsupportedOperationException.class, row::getChannel);
        assertThrows(UnsupportedOperationException.class, row::save);
    }
}
