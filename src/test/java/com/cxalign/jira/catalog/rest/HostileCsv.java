package com.cxalign.jira.catalog.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates malformed and out-of-range readings files from one valid file: every cell set to every hostile value
 * (quoted as CSV needs, and also raw), broken quoting, wrong headers, byte order marks and line ends in odd places,
 * files at and over the size and row limits, and random edits of single characters. Seeded, so a failure can be
 * reproduced.
 */
final class HostileCsv {

    static final String HEADER = "metric,value,measured_at,source,note";

    /** Three lines, all valid for a metric "Onboarding NPS" (NPS, -100 to 100) on 2026-11-02. */
    static final List<List<String>> VALID_ROWS = List.of(
            List.of("Onboarding NPS", "24", "2026-10-31", "Q3 survey", "n=400"),
            List.of("Onboarding NPS", "-3.5", "2026-09-30", "", ""),
            List.of("onboarding nps", "100", "2026-01-01", "panel, wave 2", "said \"better\""));

    private static final String[] SPECIAL = {"\"", ",", "\n", "\r", "\r\n", "\uFEFF", "\u0000", " ", "\t"};

    private HostileCsv() {
    }

    /** Cell values that are wrong for most columns. */
    static List<String> hostileCells() {
        return List.of("", " ", "-", "NaN", "Infinity", "1e3", "1E+400", "24,5", "99999999999999", "0.0000001",
                "-100.5", "100.000001", "2026-02-30", "2026-13-01", "0024-10-31", "2099-01-01", "31/10/2026",
                "2026-10-31T10:00", "<script>alert(1)</script>", "'; DROP TABLE AO_07319A_READING; --",
                "=HYPERLINK(\"http://evil\")", "x".repeat(5000), "\u0000", "\u0007", "\uFEFF", "\ud83d\ude42",
                "\ud800", "Unknown metric", "ONBOARDING NPS ", "\t24\t", "\"", "a\nb", "1 000", "+", ".");
    }

    /** At least {@code count} files derived from the valid one. */
    static List<String> files(int count, long seed) {
        List<String> files = new ArrayList<>(fixed());
        List<String> cells = hostileCells();
        for (int row = 0; row < VALID_ROWS.size(); row++) {
            for (int column = 0; column < HEADER.split(",").length; column++) {
                for (String cell : cells) {
                    files.add(file(withCell(row, column, quoted(cell))));
                }
                files.add(file(withCell(row, column, cells.get(column * 3 % cells.size()))));
            }
        }
        Random random = new Random(seed);
        while (files.size() < count) {
            files.add(randomEdit(random, cells));
        }
        return files;
    }

    private static List<String> fixed() {
        String valid = validFile();
        String line = "Onboarding NPS,24,2026-10-31,,\n";
        return List.of("", " ", "\uFEFF", "\n\n\n", "\r\r\r", ",,,,", HEADER, HEADER + "\n", "\uFEFF" + HEADER + "\r\n",
                HEADER.toUpperCase() + "\n" + line, HEADER.replace(',', ';') + "\n" + line.replace(',', ';'),
                HEADER.replace(',', '\t') + "\n" + line, "metric,value\n" + line, line + line,
                "\"" + valid, valid + "\"", valid.replace("\"better\"", "\"better"), valid.replace("Q3", "Q\"3"),
                valid.replace("\"panel, wave 2\"", "\"panel\" wave 2"), valid.replace("\n", "\r"),
                valid.replace("\n", "\r\n"), valid.replace(",", ",,"), valid.replace("\n", ",\n"),
                "\u0000" + valid, valid + "\u0000", valid.replace("24", "2\u00004"),
                HEADER + "\n" + line.repeat(10_000), HEADER + "\n" + line.repeat(10_001),
                HEADER + "\n" + ("Onboarding NPS,24,2026-10-31,," + "n".repeat(1000) + "\n").repeat(1100),
                HEADER + "\nOnboarding NPS,24,2026-10-31,,\"" + "x".repeat(600_000) + "\"\n",
                HEADER + "\n" + ",".repeat(100_000) + "\n", HEADER + "\n" + "\"\"".repeat(100_000) + "\n");
    }

    private static String randomEdit(Random random, List<String> cells) {
        List<List<String>> rows = withCell(random.nextInt(VALID_ROWS.size()), random.nextInt(5),
                random.nextBoolean() ? quoted(cells.get(random.nextInt(cells.size())))
                        : cells.get(random.nextInt(cells.size())));
        StringBuilder text = new StringBuilder(file(rows));
        int edits = 1 + random.nextInt(3);
        for (int i = 0; i < edits; i++) {
            int at = random.nextInt(text.length() + 1);
            switch (random.nextInt(3)) {
                case 0 -> text.insert(at, SPECIAL[random.nextInt(SPECIAL.length)]);
                case 1 -> {
                    if (at < text.length()) {
                        text.deleteCharAt(at);
                    }
                }
                default -> text.insert(at, cells.get(random.nextInt(cells.size())));
            }
        }
        return text.toString();
    }

    /** The valid rows as a file, quoted as a spreadsheet writes them. */
    static String validFile() {
        return file(quotedRows());
    }

    private static List<List<String>> withCell(int row, int column, String cell) {
        List<List<String>> rows = quotedRows();
        rows.get(row).set(column, cell);
        return rows;
    }

    private static List<List<String>> quotedRows() {
        List<List<String>> rows = new ArrayList<>();
        for (List<String> valid : VALID_ROWS) {
            rows.add(new ArrayList<>(valid.stream().map(HostileCsv::quoted).toList()));
        }
        return rows;
    }

    /** As a spreadsheet writes a cell: in quotes, with quotes doubled, when it holds a comma, quote or line break. */
    static String quoted(String cell) {
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            return "\"" + cell.replace("\"", "\"\"") + "\"";
        }
        return cell;
    }

    private static String file(List<List<String>> rows) {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (List<String> row : rows) {
            text.append(String.join(",", row)).append('\n');
        }
        return text.toString();
    }
}
