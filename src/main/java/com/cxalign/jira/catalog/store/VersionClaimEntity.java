package com.cxalign.jira.catalog.store;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One row per accepted change of a versioned item, keyed "subject:id:version". The unique key is what makes
 * optimistic locking hold under concurrency on every database and cluster node: of two transactions that both read
 * version 3 and try to write version 4, only one can insert "goal:7:4"; the other fails and becomes a 409.
 */
@Table("VERSION_CLAIM")
public interface VersionClaimEntity extends Entity {

    @NotNull
    @Unique
    @StringLength(100)
    String getClaimKey();

    void setClaimKey(String claimKey);
}
