package com.cxalign.jira.catalog.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as RFC 4180 defines it, as spreadsheets write it: fields separated by commas; a field in double quotes may
 * hold commas, line breaks and doubled double quotes ({@code ""} for one {@code "}). Beyond the RFC, so that files
 * from any editor read the same:
 * <ul>
 * <li>a leading byte order mark is ignored;</li>
 * <li>lines may end in CRLF, LF or CR, and the last line may or may not end in one;</li>
 * <li>blank lines (empty, or spaces only) are skipped; they never hold a reading.</li>
 * </ul>
 * A quote inside an unquoted field, text after a closing quote, and a quote that is never closed are errors rather
 * than guesses: a guess could shift values into the wrong column. Each record keeps the line it starts on, so
 * problems can be reported by the line number an editor shows.
 */
public final class CsvParser {

    private static final char BOM = '\uFEFF';

    /** One record: the line it starts on (1-based) and its fields, in order. */
    public record Row(int line, List<String> fields) {

        public Row {
            fields = List.copyOf(fields);
        }
    }

    private enum State { FIELD_START, UNQUOTED, QUOTED, AFTER_QUOTE }

    private final String text;
    private final List<Row> rows = new ArrayList<>();
    private final List<String> fields = new ArrayList<>();
    private final StringBuilder field = new StringBuilder();
    private State state = State.FIELD_START;
    private int line = 1;
    private int rowLine = 1;
    private int quoteLine;
    private boolean rowStarted;
    private boolean rowQuoted;

    private CsvParser(String text) {
        this.text = !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
    }

    /** @throws CsvFormatException at the first place the text is not valid CSV */
    public static List<Row> parse(String text) {
        return new CsvParser(text).parse();
    }

    private List<Row> parse() {
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            boolean crlf = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
            if (state == State.QUOTED) {
                i = inQuotes(c, i, crlf);
                continue;
            }
            rowStarted = true;
            if (c == ',') {
                endField();
            } else if (c == '\r' || c == '\n') {
                endRow();
                i += crlf ? 1 : 0;
                line++;
                rowLine = line;
            } else if (c == '"') {
                openQuote();
            } else {
                if (state == State.AFTER_QUOTE) {
                    throw new CsvFormatException(line, "cx-align.csv.quote.after");
                }
                field.append(c);
                state = State.UNQUOTED;
            }
            i++;
        }
        if (state == State.QUOTED) {
            throw new CsvFormatException(quoteLine, "cx-align.csv.quote.unclosed");
        }
        endRow();
        return rows;
    }

    /** Inside quotes everything is data except {@code "}, which is doubled or closes the field. */
    private int inQuotes(char c, int i, boolean crlf) {
        if (c == '"') {
            if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                field.append('"');
                return i + 2;
            }
            state = State.AFTER_QUOTE;
            return i + 1;
        }
        if (crlf) {
            field.append("\r\n");
            line++;
            return i + 2;
        }
        if (c == '\n' || c == '\r') {
            line++;
        }
        field.append(c);
        return i + 1;
    }

    private void openQuote() {
        if (state == State.FIELD_START) {
            state = State.QUOTED;
            quoteLine = line;
            rowQuoted = true;
        } else if (state == State.UNQUOTED) {
            throw new CsvFormatException(line, "cx-align.csv.quote.stray");
        } else {
            throw new CsvFormatException(line, "cx-align.csv.quote.after");
        }
    }

    private void endField() {
        fields.add(field.toString());
        field.setLength(0);
        state = State.FIELD_START;
    }

    private void endRow() {
        if (rowStarted) {
            endField();
            boolean blank = fields.size() == 1 && fields.get(0).isBlank() && !rowQuoted;
            if (!blank) {
                rows.add(new Row(rowLine, fields));
            }
        }
        fields.clear();
        field.setLength(0);
        state = State.FIELD_START;
        rowStarted = false;
        rowQuoted = false;
    }
}
