package com.cxalign.jira.catalog.store;

import net.java.ao.schema.Default;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A business goal. NAME_KEY is the lower-cased name, for the case-insensitive uniqueness check. */
@Table("GOAL")
@Indexes(@Index(name = "status", methodNames = "getStatus"))
public interface GoalEntity extends CatalogItemEntity {

    @NotNull
    @StringLength(120)
    String getName();

    void setName(String name);

    @NotNull
    @Indexed
    @StringLength(120)
    String getNameKey();

    void setNameKey(String nameKey);

    @StringLength(StringLength.UNLIMITED)
    String getDescription();

    void setDescription(String description);

    @Indexed
    String getOwnerKey();

    void setOwnerKey(String ownerKey);

    @NotNull
    @Indexed
    @Default("0")
    int getDisplayOrder();

    void setDisplayOrder(int displayOrder);
}
