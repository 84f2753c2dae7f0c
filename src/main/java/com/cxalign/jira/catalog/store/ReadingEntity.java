package com.cxalign.jira.catalog.store;

import java.util.Date;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A measured value of a metric. READING_VALUE, not VALUE: VALUE is reserved on several databases. */
@Table("READING")
public interface ReadingEntity extends Entity {

    @NotNull
    @Indexed
    int getMetricId();

    void setMetricId(int metricId);

    @NotNull
    @StringLength(40)
    String getReadingValue();

    void setReadingValue(String value);

    @NotNull
    @Indexed
    Date getMeasuredAt();

    void setMeasuredAt(Date measuredAt);

    @StringLength(120)
    String getSource();

    void setSource(String source);

    @StringLength(StringLength.UNLIMITED)
    String getNote();

    void setNote(String note);

    String getRecordedBy();

    void setRecordedBy(String userKey);

    Date getRecordedAt();

    void setRecordedAt(Date recordedAt);
}
