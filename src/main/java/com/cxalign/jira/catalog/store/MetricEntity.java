package com.cxalign.jira.catalog.store;

import java.util.Date;

import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A metric. Values are decimal strings (exact on every database; REVENUE is money, which must never be a double);
 * dates are stored as midnight UTC.
 */
@Table("METRIC")
@Indexes(@Index(name = "status", methodNames = "getStatus"))
public interface MetricEntity extends CatalogItemEntity {

    @NotNull
    @Indexed
    @StringLength(120)
    String getName();

    void setName(String name);

    @NotNull
    @Indexed
    @StringLength(30)
    String getKind();

    void setKind(String kind);

    @StringLength(30)
    String getUnit();

    void setUnit(String unit);

    @NotNull
    @StringLength(30)
    String getDirection();

    void setDirection(String direction);

    @StringLength(40)
    String getRangeLow();

    void setRangeLow(String rangeLow);

    @StringLength(40)
    String getRangeHigh();

    void setRangeHigh(String rangeHigh);

    @StringLength(40)
    String getBaseline();

    void setBaseline(String baseline);

    Date getBaselineDate();

    void setBaselineDate(Date baselineDate);

    @StringLength(40)
    String getTarget();

    void setTarget(String target);

    Date getTargetDate();

    void setTargetDate(Date targetDate);

    @StringLength(30)
    String getJourneyStage();

    void setJourneyStage(String journeyStage);

    @Indexed
    String getOwnerKey();

    void setOwnerKey(String ownerKey);
}
