package com.cxalign.jira.catalog.store;

import java.util.Date;

import net.java.ao.Entity;
import net.java.ao.schema.Default;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** The one row holding the CX mission and success statements. */
@Table("MISSION")
public interface MissionEntity extends Entity {

    @StringLength(StringLength.UNLIMITED)
    String getStatement();

    void setStatement(String statement);

    @StringLength(StringLength.UNLIMITED)
    String getSuccessStatement();

    void setSuccessStatement(String successStatement);

    String getChangedBy();

    void setChangedBy(String userKey);

    Date getChangedAt();

    void setChangedAt(Date changedAt);

    @NotNull
    @Default("0")
    int getRowVersion();

    void setRowVersion(int version);
}
