package com.cxalign.jira.catalog.store;

import java.util.Date;

import net.java.ao.Entity;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A CX champion's term. Days are stored as midnight UTC; ENDS_ON is null while the term is open. STARTS_ON/ENDS_ON,
 * not FROM/TO: those are reserved words.
 */
@Table("CHAMPION")
public interface ChampionEntity extends Entity {

    @NotNull
    @Indexed
    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    @Indexed
    @StringLength(80)
    String getDepartment();

    void setDepartment(String department);

    @NotNull
    @Indexed
    Date getStartsOn();

    void setStartsOn(Date startsOn);

    @Indexed
    Date getEndsOn();

    void setEndsOn(Date endsOn);

    @NotNull
    @Default("0")
    int getRowVersion();

    void setRowVersion(int version);
}
