package com.cxalign.jira.catalog.csv;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import com.cxalign.jira.catalog.csv.CsvParser.Row;

import java.util.List;

import org.junit.Test;

public class CsvParserTest {

    @Test
    public void plainFieldsAreSplitAtCommasAndEachRecordKeepsItsLine() {
        assertEquals(List.of(new Row(1, List.of("a", "b", "c")), new Row(2, List.of("1", "2", "3"))),
                CsvParser.parse("a,b,c\n1,2,3\n"));
    }

    @Test
    public void aQuotedFieldMayHoldCommasQuotesAndLineBreaks() {
        List<Row> rows = CsvParser.parse("name,note\n\"Churn, Q3\",\"said \"\"great\"\"\nthen left\"\n");

        assertEquals(List.of("Churn, Q3", "said \"great\"\nthen left"), rows.get(1).fields());
    }

    @Test
    public void aRecordAfterAQuotedLineBreakStartsOnTheLineAnEditorShows() {
        List<Row> rows = CsvParser.parse("h\n\"one\ntwo\nthree\"\nnext\n");

        assertEquals(5, rows.get(2).line());
        assertEquals(List.of("next"), rows.get(2).fields());
    }

    @Test
    public void crlfLfAndLoneCrAllEndALine() {
        assertEquals(List.of(new Row(1, List.of("a")), new Row(2, List.of("b")), new Row(3, List.of("c")),
                new Row(4, List.of("d"))), CsvParser.parse("a\r\nb\nc\rd"));
    }

    @Test
    public void aCrlfInsideQuotesIsKeptAsWrittenAndCountsAsOneLine() {
        List<Row> rows = CsvParser.parse("\"x\r\ny\"\r\nz");

        assertEquals("x\r\ny", rows.get(0).fields().get(0));
        assertEquals(3, rows.get(1).line());
    }

    @Test
    public void theLastLineNeedsNoLineBreakAndATrailingOneAddsNoRecord() {
        assertEquals(CsvParser.parse("a,b\n1,2"), CsvParser.parse("a,b\n1,2\n"));
        assertEquals(2, CsvParser.parse("a,b\r\n1,2\r\n").size());
    }

    @Test
    public void blankLinesAreSkippedButCountedForLineNumbers() {
        List<Row> rows = CsvParser.parse("a\n\n   \n\r\nb\n\n");

        assertEquals(List.of(new Row(1, List.of("a")), new Row(5, List.of("b"))), rows);
    }

    @Test
    public void emptyFieldsAreKeptIncludingATrailingOne() {
        assertEquals(List.of("", "x", "", ""), CsvParser.parse(",x,,").get(0).fields());
        assertEquals(List.of("a", ""), CsvParser.parse("a,\n").get(0).fields());
    }

    @Test
    public void aLineWithOnlyAQuotedEmptyValueIsARecordNotABlankLine() {
        assertEquals(List.of(new Row(1, List.of(""))), CsvParser.parse("\"\"\n"));
    }

    @Test
    public void aByteOrderMarkAtTheStartIsIgnored() {
        assertEquals(List.of("metric", "value"), CsvParser.parse("\uFEFFmetric,value\n").get(0).fields());
    }

    @Test
    public void aByteOrderMarkElsewhereIsData() {
        assertEquals(List.of("a\uFEFF"), CsvParser.parse("a\uFEFF").get(0).fields());
    }

    @Test
    public void emptyTextHasNoRecords() {
        assertEquals(List.of(), CsvParser.parse(""));
        assertEquals(List.of(), CsvParser.parse("\uFEFF"));
        assertEquals(List.of(), CsvParser.parse("\n\r\n"));
    }

    @Test
    public void spacesAroundUnquotedValuesAreKeptForTheRulesToTrim() {
        assertEquals(List.of(" a ", "b "), CsvParser.parse(" a ,b ").get(0).fields());
    }

    @Test
    public void aQuoteThatIsNeverClosedIsReportedAtTheLineItOpens() {
        CsvFormatException error = assertThrows(CsvFormatException.class,
                () -> CsvParser.parse("h\nok\n\"open,\nmore\nand more"));

        assertEquals(3, error.line());
        assertEquals("cx-align.csv.quote.unclosed", error.messageKey());
    }

    @Test
    public void aQuoteInsideAnUnquotedValueIsAnError() {
        CsvFormatException error = assertThrows(CsvFormatException.class, () -> CsvParser.parse("a\n5 \"inch\",x"));

        assertEquals(2, error.line());
        assertEquals("cx-align.csv.quote.stray", error.messageKey());
    }

    @Test
    public void textAfterAClosingQuoteIsAnError() {
        assertEquals("cx-align.csv.quote.after",
                assertThrows(CsvFormatException.class, () -> CsvParser.parse("\"a\"b,c")).messageKey());
        assertEquals("cx-align.csv.quote.after",
                assertThrows(CsvFormatException.class, () -> CsvParser.parse("\"a\" ,c")).messageKey());
        assertEquals("cx-align.csv.quote.after",
                assertThrows(CsvFormatException.class, () -> CsvParser.parse("\"a\"\"\"x")).messageKey());
    }

    @Test
    public void aDoubledQuoteAtTheEndOfAQuotedValueIsOneQuote() {
        assertEquals(List.of("say \"hi\""), CsvParser.parse("\"say \"\"hi\"\"\"").get(0).fields());
    }

    @Test
    public void everyRecordKeepsItsOwnNumberOfFields() {
        List<Row> rows = CsvParser.parse("a,b,c\n1,2\n1,2,3,4,5,6\n");

        assertEquals(List.of(3, 2, 6), rows.stream().map(row -> row.fields().size()).toList());
    }
}
