package io.pulsecrm.export;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a table of text (a header, then rows) to a stream as CSV (UTF-8 with a BOM, so Excel shows
 * Chinese; CRLF; RFC 4180 quoting) or xlsx (SXSSF: only a window of rows is in memory). Every
 * export of both web apps (module table-export) goes through here so that the formula guard is the same everywhere.
 * Nothing reaches the stream before {@link #header}: an export refused up front writes no byte.
 */
public abstract sealed class TableExport implements Closeable {

    /** The business's clock face: exported times are what a user in China reads on the screen. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);
    /** Text a spreadsheet would run as a formula; phone numbers (+86 138-…) are left alone. */
    private static final Pattern FORMULA = Pattern.compile("^(?:[=@\\t\\r]|[+\\-](?![0-9 ()\\-]*$)).*", Pattern.DOTALL);
    private static final int XLSX_WINDOW = 200;

    public enum Format {
        CSV("csv", "text/csv;charset=UTF-8"),
        XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        public final String extension;
        public final String contentType;

        Format(String extension, String contentType) {
            this.extension = extension;
            this.contentType = contentType;
        }

        /** The format a request names ({@code csv} or {@code xlsx}, any case); else 400 naming {@code format}. */
        public static Format parse(String text) {
            return switch (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)) {
                case "csv" -> CSV;
                case "xlsx" -> XLSX;
                default -> throw new UnknownFormat();
            };
        }
    }

    private int rows;

    /** A table written to {@code out}; {@code sheetName} names the xlsx sheet. Close it in every case. */
    public static TableExport open(Format format, String sheetName, OutputStream out) {
        return format == Format.CSV ? new Csv(out) : new Xlsx(sheetName, out);
    }

    public abstract void header(List<String> names);

    public final void row(List<String> values) {
        write(values);
        rows++;
    }

    /** Completes the file (xlsx is assembled only now) and flushes; without it, close leaves the stream as is. */
    public abstract void finish() throws IOException;

    /** Data rows written so far. */
    public int rows() {
        return rows;
    }

    abstract void write(List<String> values);

    /** An empty cell for null. */
    public static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    public static String time(Instant at) {
        return at == null ? "" : TIME.format(at);
    }

    /**
     * A Content-Disposition naming the download: a plain quoted name for old clients and the exact one
     * as RFC 5987 {@code filename*} (UTF-8, percent-encoded) for the rest.
     */
    public static String attachment(String fileName) {
        StringBuilder encoded = new StringBuilder();
        StringBuilder plain = new StringBuilder();
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            boolean attrChar = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0;
            encoded.append(attrChar ? String.valueOf(c) : "%%%02X".formatted(b & 0xff));
        }
        fileName.codePoints().forEach(c -> plain.append(c < 0x20 || c > 0x7e || c == '"' || c == '\\' ? '_' : (char) c));
        return "attachment; filename=\"%s\"; filename*=UTF-8''%s".formatted(plain, encoded);
    }

    /** One CSV cell: a would-be formula gets a leading quote; commas, quotes and line breaks are quoted. */
    static String csv(String value) {
        String safe = FORMULA.matcher(value).matches() ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }

    private static final class Csv extends TableExport {
        private final Writer writer;

        Csv(OutputStream out) {
            this.writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        }

        @Override
        public void header(List<String> names) {
            try {
                // the byte order mark is how Excel knows a CSV is UTF-8 (else 姓名 shows as mojibake)
                writer.write('\uFEFF');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            write(names);
        }

        @Override
        void write(List<String> values) {
            try {
                for (int i = 0; i < values.size(); i++) {
                    if (i > 0) {
                        writer.write(',');
                    }
                    writer.write(csv(values.get(i)));
                }
                writer.write("\r\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void finish() throws IOException {
            writer.flush();
        }

        @Override
        public void close() {
            // the response stream belongs to the caller: nothing to release
        }
    }

    private static final class Xlsx extends TableExport {
        private final SXSSFWorkbook book = new SXSSFWorkbook(XLSX_WINDOW);
        private final Sheet sheet;
        private final OutputStream out;
        private int next;

        Xlsx(String sheetName, OutputStream out) {
            this.sheet = book.createSheet(sheetName);
            this.out = out;
        }

        @Override
        public void header(List<String> names) {
            write(names);
        }

        @Override
        void write(List<String> values) {
            Row row = sheet.createRow(next++);
            for (int i = 0; i < values.size(); i++) {
                // always text: a phone stays a phone, and nothing becomes a formula
                row.createCell(i).setCellValue(values.get(i));
            }
        }

        @Override
        public void finish() throws IOException {
            book.write(out);
            out.flush();
        }

        @Override
        public void close() throws IOException {
            // the rows that left the window live in temporary files until disposed
            book.dispose();
            book.close();
        }
    }

    /** A format no export writes; each app answers it as its 400 naming {@link #field()}. */
    public static final class UnknownFormat extends IllegalArgumentException {
        UnknownFormat() {
            super("must be csv or xlsx");
        }

        /** The request parameter that names the format. */
        public String field() {
            return "format";
        }
    }
}
