package com.cxalign.jira.initiative.values;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import org.junit.Test;

/** Jira's raw field values to the plugin's: exact decimals, trimmed text, the picked day, options. */
public class RawValuesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    public void aDoubleBecomesTheDecimalItWasTypedAs() {
        assertEquals(new BigDecimal("0.1"), RawValues.number(0.1));
        assertEquals(new BigDecimal("35"), RawValues.number(35.0));
        assertEquals(new BigDecimal("-4.25"), RawValues.number(-4.25));
        assertEquals(new BigDecimal("120000"), RawValues.number(120000.0));
        assertEquals(new BigDecimal("1000000000000"), RawValues.number(1.0E12));
    }

    @Test
    public void otherNumbersAndNumericTextAreReadToo() {
        assertEquals(new BigDecimal("7"), RawValues.number(7L));
        assertEquals(new BigDecimal("12.5"), RawValues.number(new BigDecimal("12.50")));
        assertEquals(new BigDecimal("1234.5"), RawValues.number(" 1,234.5 "));
        assertEquals(new BigDecimal("100"), RawValues.number("1E+2"));
    }

    @Test
    public void whatIsNoNumberCountsAsEmpty() {
        assertNull(RawValues.number(Double.NaN));
        assertNull(RawValues.number(Double.POSITIVE_INFINITY));
        assertNull(RawValues.number("twelve"));
        assertNull(RawValues.number("<script>alert(1)</script>"));
        assertNull(RawValues.number(""));
        assertNull(RawValues.number("9".repeat(41)));
        assertNull(RawValues.number(true));
        assertNull(RawValues.number(null));
    }

    @Test
    public void textIsTrimmedAndBlankTextIsEmpty() {
        assertEquals("Faster first week", RawValues.text("  Faster first week \n"));
        assertNull(RawValues.text(" \t "));
        assertNull(RawValues.text(42));
        assertEquals("<b>kept as typed</b>", RawValues.text("<b>kept as typed</b>"));
    }

    @Test
    public void aDatePickerValueIsTheDayItWasPickedInJirasZone() {
        Timestamp midnightInBerlin = Timestamp.from(LocalDate.parse("2026-03-29").atStartOfDay(BERLIN).toInstant());

        // 2026-03-28T23:00Z: read in UTC it would be the day before
        assertEquals(LocalDate.parse("2026-03-29"), RawValues.day(midnightInBerlin, BERLIN));
        assertEquals(LocalDate.parse("2026-03-28"), RawValues.day(midnightInBerlin, ZoneId.of("UTC")));
        assertEquals(LocalDate.parse("2026-01-02"), RawValues.day(LocalDate.parse("2026-01-02"), BERLIN));
        assertEquals(LocalDate.parse("1970-01-01"), RawValues.day(new Date(0), ZoneId.of("UTC")));
        assertNull(RawValues.day("2026-01-02", BERLIN));
    }

    @Test
    public void onlyASelectedOptionIsAnOption() {
        SelectedOption option = new SelectedOption(10001, "Survey");
        assertEquals(option, RawValues.option(option));
        assertNull(RawValues.option("Survey"));
        assertNull(RawValues.option(10001L));
    }
}
