package com.cxalign.jira.catalog.store;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;

/** How domain values are stored: days as midnight UTC, decimals as plain strings, instants as dates. */
public final class StoredValues {

    private StoredValues() {
    }

    public static Date day(LocalDate day) {
        return day == null ? null : Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    public static LocalDate day(Date stored) {
        return stored == null ? null : LocalDate.ofInstant(stored.toInstant(), ZoneOffset.UTC);
    }

    public static String decimal(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    public static BigDecimal decimal(String stored) {
        return stored == null ? null : new BigDecimal(stored);
    }

    public static Date instant(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    public static Instant instant(Date stored) {
        return stored == null ? null : stored.toInstant();
    }
}
