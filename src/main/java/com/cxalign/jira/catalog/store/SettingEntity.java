package com.cxalign.jira.catalog.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One setting of the plugin, as text under a key such as {@code hygiene.metric-cap}. In Active Objects rather than
 * in Jira's plugin settings, so that settings change in the same transaction as their audit entry.
 */
@Table("SETTING")
public interface SettingEntity extends Entity {

    @NotNull
    @Unique
    @Indexed
    @StringLength(80)
    String getSettingKey();

    void setSettingKey(String key);

    @StringLength(255)
    String getSettingValue();

    void setSettingValue(String value);
}
