package com.cxalign.jira.catalog.csv;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import com.cxalign.jira.catalog.csv.ReadingCsv.Line;
import com.cxalign.jira.platform.errors.FieldError;
import com.cxalign.jira.platform.errors.ValidationException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.Test;

public class ReadingCsvTest {

    private static final String HEADER = "metric,value,measured_at,source,note\n";

    @Test
    public void eachLineBelowTheHeaderIsOneReadingWithItsLineNumber() {
        List<Line> lines = ReadingCsv.read(HEADER + "Onboarding NPS,24.5,2026-10-31,Q3 survey,n=400\n"
                + "\n"
                + "Onboarding NPS,26,2026-11-01,,\n");

        assertEquals(List.of(new Line(2, "Onboarding NPS", "24.5", "2026-10-31", "Q3 survey", "n=400"),
                new Line(4, "Onboarding NPS", "26", "2026-11-01", "", "")), lines);
    }

    @Test
    public void sourceAndNoteMayBeLeftOutOfALine() {
        Line line = ReadingCsv.read(HEADER + "Onboarding NPS,24,2026-10-31").get(0);

        assertNull(line.source());
        assertNull(line.note());
    }

    @Test
    public void aHeaderThatIsNotExactlyTheColumnsIsRefusedOnItsLine() {
        for (String header : List.of("metric,value,measured_at,source", "Metric,value,measured_at,source,note",
                "metric,value,measuredAt,source,note", "metric;value;measured_at;source;note",
                " metric,value,measured_at,source,note", "metric,value,measured_at,source,note,extra")) {
            ValidationException error = assertThrows(header, ValidationException.class,
                    () -> ReadingCsv.read(header + "\nOnboarding NPS,24,2026-10-31,,\n"));

            assertEquals(header, Map.of("line 1", "cx-align.csv.header"), keys(error));
        }
    }

    @Test
    public void aHeaderWithAByteOrderMarkOrQuotedNamesIsTheSameHeader() {
        assertEquals(1, ReadingCsv.read("\uFEFF" + HEADER + "M,1,2026-10-31").size());
        assertEquals(1, ReadingCsv.read("\"metric\",\"value\",measured_at,source,note\r\nM,1,2026-10-31").size());
    }

    @Test
    public void everyLineWithTheWrongNumberOfValuesIsReported() {
        ValidationException error = assertThrows(ValidationException.class, () -> ReadingCsv.read(HEADER
                + "M,1,2026-10-31,survey,note,one too many\n"
                + "M,1,2026-10-31\n"
                + "M,1\n"
                + "M,\"1,5\",2026-10-31\n"));

        assertEquals(Map.of("line 2", "cx-align.csv.columns.too-many", "line 4", "cx-align.csv.columns.too-few"),
                keys(error));
    }

    @Test
    public void aFileWithoutReadingsOrWithoutAnyTextIsRefusedAsAWhole() {
        assertEquals(Map.of("csv", "cx-align.csv.empty"),
                keys(assertThrows(ValidationException.class, () -> ReadingCsv.read(HEADER + "\n\n"))));
        assertEquals(Map.of("csv", "cx-align.field.required"),
                keys(assertThrows(ValidationException.class, () -> ReadingCsv.read(""))));
        assertEquals(Map.of("line 1", "cx-align.csv.header"),
                keys(assertThrows(ValidationException.class, () -> ReadingCsv.read("\n\n"))));
    }

    @Test
    public void atMostTenThousandReadingsCanBeImportedAtOnce() {
        String line = "M,1,2026-10-31\n";
        assertEquals(10_000, ReadingCsv.read(HEADER + line.repeat(10_000)).size());

        ValidationException error = assertThrows(ValidationException.class,
                () -> ReadingCsv.read(HEADER + line.repeat(10_001)));

        assertEquals(Map.of("csv", "cx-align.csv.too-many"), keys(error));
        assertEquals(List.of("10001", "10000"), error.getFieldErrors().get(0).arguments());
    }

    @Test
    public void aFileOfMoreThanOneMegabyteIsRefusedCountingBytesNotCharacters() {
        String note = "é".repeat(500); // two bytes each in UTF-8
        String line = "M,1,2026-10-31,,\"" + note + "\"\n";
        int lines = (ReadingCsv.MAX_BYTES - HEADER.length()) / (line.length() + note.length()) + 1;
        String csv = HEADER + line.repeat(lines);

        assertEquals(true, csv.length() < ReadingCsv.MAX_BYTES);
        assertEquals(Map.of("csv", "cx-align.csv.too-large"),
                keys(assertThrows(ValidationException.class, () -> ReadingCsv.read(csv))));
    }

    @Test
    public void aCsvSyntaxErrorIsReportedOnItsLine() {
        assertEquals(Map.of("line 3", "cx-align.csv.quote.stray"), keys(assertThrows(ValidationException.class,
                () -> ReadingCsv.read(HEADER + "M,1,2026-10-31\nM,1,2026-10-31,5\" screen\n"))));
    }

    @Test
    public void aValueIsADecimalNumberWithAPoint() {
        assertEquals(new BigDecimal("24.5"), number("24.5"));
        assertEquals(new BigDecimal("-3"), number(" -3 "));
        assertEquals(new BigDecimal("0.5"), number(".5"));
        assertEquals(new BigDecimal("+7"), number("+7"));
    }

    @Test
    public void aValueWithADecimalCommaGetsItsOwnMessage() {
        assertEquals(Map.of("line 2: value", "cx-align.csv.value.decimal-comma"), numberErrors("24,5"));
    }

    @Test
    public void exponentsThousandsSeparatorsAndWordsAreNotNumbers() {
        for (String value : List.of("1e3", "1,000.5", "NaN", "Infinity", "twenty", "1.2.3", "0x1F", "-", ".")) {
            assertEquals(value, Map.of("line 2: value", "cx-align.csv.value.number"), numberErrors(value));
        }
        assertEquals(Map.of("line 2: value", "cx-align.field.required"), numberErrors("  "));
    }

    private static BigDecimal number(String value) {
        List<FieldError> errors = new ArrayList<>();
        BigDecimal number = ReadingCsv.number(new Line(2, "M", value, "2026-10-31", null, null), errors);
        assertEquals(List.of(), errors);
        return number;
    }

    private static Map<String, String> numberErrors(String value) {
        List<FieldError> errors = new ArrayList<>();
        assertNull(ReadingCsv.number(new Line(2, "M", value, "2026-10-31", null, null), errors));
        return errors.stream().collect(Collectors.toMap(FieldError::field, FieldError::messageKey));
    }

    private static Map<String, String> keys(ValidationException error) {
        return error.getFieldErrors().stream().collect(Collectors.toMap(FieldError::field, FieldError::messageKey));
    }
}
