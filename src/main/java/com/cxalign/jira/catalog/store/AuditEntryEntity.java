package com.cxalign.jira.catalog.store;

import java.util.Date;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** Who changed what in the catalogue, and the thing before and after, as JSON. (ACTION is an SQL keyword.) */
@Table("AUDIT_ENTRY")
public interface AuditEntryEntity extends Entity {

    String getActorKey();

    void setActorKey(String actorKey);

    @NotNull
    @Indexed
    Date getOccurredAt();

    void setOccurredAt(Date occurredAt);

    @NotNull
    @Indexed
    @StringLength(30)
    String getSubjectType();

    void setSubjectType(String subjectType);

    @Indexed
    int getSubjectId();

    void setSubjectId(int subjectId);

    @NotNull
    @StringLength(30)
    String getOperation();

    void setOperation(String operation);

    @StringLength(StringLength.UNLIMITED)
    String getBeforeJson();

    void setBeforeJson(String json);

    @StringLength(StringLength.UNLIMITED)
    String getAfterJson();

    void setAfterJson(String json);
}
