package com.cxalign.jira.catalog.store;

import java.util.Date;

import net.java.ao.Entity;
import net.java.ao.schema.Default;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;

/** What goals and metrics share: a status (active or archived), an optimistic-lock version, a last change. */
public interface CatalogItemEntity extends Entity {

    /** Indexed by each entity's own {@code @Indexes}: AO 6 puts an inherited {@code @Indexed} on the wrong table. */
    @NotNull
    @StringLength(20)
    String getStatus();

    void setStatus(String status);

    @NotNull
    @Default("0")
    int getRowVersion();

    void setRowVersion(int version);

    Date getUpdatedAt();

    void setUpdatedAt(Date updatedAt);
}
