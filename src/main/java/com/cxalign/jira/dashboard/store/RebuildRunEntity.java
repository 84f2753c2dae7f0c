package com.cxalign.jira.dashboard.store;

import java.util.Date;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** One run of the read model's rebuild: its progress while it runs, and what it did, for the admin page. */
@Table("REBUILD_RUN")
public interface RebuildRunEntity extends Entity {

    @NotNull
    Date getStartedAt();

    void setStartedAt(Date startedAt);

    Date getFinishedAt();

    void setFinishedAt(Date finishedAt);

    /** RUNNING, DONE or FAILED. */
    @NotNull
    @StringLength(20)
    String getState();

    void setState(String state);

    int getIssuesSeen();

    void setIssuesSeen(int issuesSeen);

    int getRowsWritten();

    void setRowsWritten(int rowsWritten);

    int getRowsRemoved();

    void setRowsRemoved(int rowsRemoved);

    @StringLength(255)
    String getMessage();

    void setMessage(String message);
}
