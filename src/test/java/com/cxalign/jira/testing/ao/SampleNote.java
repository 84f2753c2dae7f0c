package com.cxalign.jira.testing.ao;

import java.util.Date;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;

/** An entity that exists only to prove the Active Objects test harness on every database. */
public interface SampleNote extends Entity {

    @NotNull
    @Indexed
    String getTitle();

    void setTitle(String title);

    @StringLength(StringLength.UNLIMITED)
    String getBody();

    void setBody(String body);

    Date getWrittenAt();

    void setWrittenAt(Date writtenAt);
}
