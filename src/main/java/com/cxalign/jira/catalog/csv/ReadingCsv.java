package com.cxalign.jira.catalog.csv;

import com.cxalign.jira.platform.errors.FieldError;
import com.cxalign.jira.platform.errors.ValidationException;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A file of readings: the header line {@value #HEADER}, then one reading per line. source and note may be empty, and
 * a line may leave them out altogether. Only the file's shape is checked here (size, header, columns); whether each
 * reading is valid for its metric is the import's job.
 *
 * <p>Problems are reported under keys that name where they are: {@code csv} for the whole file, {@code line 4} for a
 * whole line, {@code line 4: value} for one value (the column names of the header). Line numbers are those an editor
 * shows, the header being line 1.
 */
public final class ReadingCsv {

    public static final String HEADER = "metric,value,measured_at,source,note";
    public static final List<String> COLUMNS = List.of("metric", "value", "measured_at", "source", "note");
    /** The columns every line must have; source and note may be left out. */
    public static final int REQUIRED_COLUMNS = 3;
    public static final int MAX_BYTES = 1024 * 1024;
    public static final int MAX_READINGS = 10_000;
    /** The field of the JSON body that carries the file, and the key of problems with the whole file. */
    public static final String FILE = "csv";

    /** A number as spreadsheets write one with a point as decimal separator; no thousands separators, no exponent. */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("[+-]?\\d*,\\d+");

    private ReadingCsv() {
    }

    /** One reading line, values as written (trimmed later by the rules); absent columns are null. */
    public record Line(int number, String metric, String value, String measuredAt, String source, String note) {
    }

    /** @throws ValidationException with every problem of the file's shape */
    public static List<Line> read(String csv) {
        if (csv == null || csv.isEmpty()) {
            throw invalid(FieldError.of(FILE, "cx-align.field.required"));
        }
        // A character is at least one byte: only a text that might be too large is encoded to count its bytes.
        if (csv.length() > MAX_BYTES || csv.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw invalid(FieldError.of(FILE, "cx-align.csv.too-large", MAX_BYTES / 1024));
        }
        List<CsvParser.Row> rows;
        try {
            rows = CsvParser.parse(csv);
        } catch (CsvFormatException e) {
            throw invalid(FieldError.of(line(e.line()), e.messageKey()));
        }
        if (rows.isEmpty() || !rows.get(0).fields().equals(COLUMNS)) {
            throw invalid(FieldError.of(line(rows.isEmpty() ? 1 : rows.get(0).line()), "cx-align.csv.header", HEADER));
        }
        int readings = rows.size() - 1;
        if (readings == 0) {
            throw invalid(FieldError.of(FILE, "cx-align.csv.empty"));
        }
        if (readings > MAX_READINGS) {
            throw invalid(FieldError.of(FILE, "cx-align.csv.too-many", readings, MAX_READINGS));
        }
        List<FieldError> errors = new ArrayList<>();
        List<Line> lines = new ArrayList<>(readings);
        for (CsvParser.Row row : rows.subList(1, rows.size())) {
            List<String> values = row.fields();
            if (values.size() > COLUMNS.size()) {
                errors.add(FieldError.of(line(row.line()), "cx-align.csv.columns.too-many", values.size(),
                        COLUMNS.size(), HEADER));
            } else if (values.size() < REQUIRED_COLUMNS) {
                errors.add(FieldError.of(line(row.line()), "cx-align.csv.columns.too-few", values.size()));
            } else {
                lines.add(new Line(row.line(), values.get(0), values.get(1), values.get(2), column(values, 3),
                        column(values, 4)));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return lines;
    }

    /**
     * The value column as a number, or null with the problem added to {@code errors}. A decimal comma ("24,5", only
     * possible in quotes) gets its own message, since it is the commonest mistake from European spreadsheets.
     */
    public static BigDecimal number(Line line, List<FieldError> errors) {
        String text = line.value() == null ? "" : line.value().strip();
        if (text.isEmpty()) {
            errors.add(FieldError.of(field(line.number(), "value"), "cx-align.field.required"));
            return null;
        }
        if (DECIMAL.matcher(text).matches()) {
            return new BigDecimal(text);
        }
        errors.add(FieldError.of(field(line.number(), "value"), DECIMAL_COMMA.matcher(text).matches()
                ? "cx-align.csv.value.decimal-comma"
                : "cx-align.csv.value.number"));
        return null;
    }

    /** The key of a problem with a whole line: {@code line 4}. */
    public static String line(int number) {
        return "line " + number;
    }

    /** The key of a problem with one value of a line: {@code line 4: value}. */
    public static String field(int number, String column) {
        return line(number) + ": " + column;
    }

    private static String column(List<String> values, int index) {
        return index < values.size() ? values.get(index) : null;
    }

    private static ValidationException invalid(FieldError error) {
        return new ValidationException(List.of(error));
    }
}
