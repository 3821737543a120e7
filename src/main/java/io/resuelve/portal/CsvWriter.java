package io.resuelve.portal;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** RFC 4180 CSV: fields quoted when needed; cells that a spreadsheet would run as formulas are defused. */
final class CsvWriter {

    private final Writer out;
    private final char separator;

    CsvWriter(Writer out, char separator) {
        this.out = out;
        this.separator = separator;
    }

    CsvWriter row(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(separator);
            }
            out.write(cell(cells.get(i)));
        }
        out.write("\r\n");
        return this;
    }

    CsvWriter rows(List<List<String>> rows) throws IOException {
        for (List<String> row : rows) {
            row(row);
        }
        return this;
    }

    String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text; // a subject like "=HYPERLINK(…)" stays text in Excel
        }
        boolean quote = text.indexOf(separator) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
