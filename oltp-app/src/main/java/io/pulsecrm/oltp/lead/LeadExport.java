package io.pulsecrm.oltp.lead;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Pattern;

import io.pulsecrm.oltp.identity.CurrentViewer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the leads of a filter to a stream as CSV (UTF-8 with a BOM, so Excel shows Chinese) or
 * xlsx (SXSSF: only a window of rows is in memory). Rows are read through a cursor while they are
 * written; the caller's scope applies as to lists.
 */
@Service
public class LeadExport {

    public enum Format { CSV, XLSX }

    private static final Logger log = LoggerFactory.getLogger(LeadExport.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(LeadQueries.ZONE);
    /** Text a spreadsheet would run as a formula; phone numbers (+86 138-…) are left alone. */
    private static final Pattern FORMULA = Pattern.compile("^(?:[=@\\t\\r]|[+\\-](?![0-9 ()\\-]*$)).*", Pattern.DOTALL);
    private static final List<LeadColumns> COLUMNS = List.of(LeadColumns.values());

    private final LeadQueries queries;
    private final CurrentViewer viewer;

    LeadExport(LeadQueries queries, CurrentViewer viewer) {
        this.queries = queries;
        this.viewer = viewer;
    }

    /**
     * Writes the export; {@code start} runs once the request is known to be acceptable, before the
     * first byte (the caller sets the response headers there).
     */
    @Transactional(readOnly = true)
    public void write(LeadFilter filter, Format format, Runnable start, OutputStream out) throws IOException {
        int[] rows = {0};
        if (format == Format.CSV) {
            Writer writer = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
            queries.export(filter, () -> {
                start.run();
                // the byte order mark is how Excel knows a CSV is UTF-8 (else 姓名 shows as mojibake)
                raw(writer, "\uFEFF");
                line(writer, COLUMNS.stream().map(c -> c.chinese).toList());
            }, lead -> {
                line(writer, cells(lead));
                rows[0]++;
            });
            writer.flush();
        } else {
            SXSSFWorkbook book = new SXSSFWorkbook(200);
            try {
                Sheet sheet = book.createSheet("线索");
                queries.export(filter, () -> {
                    start.run();
                    fill(sheet.createRow(0), COLUMNS.stream().map(c -> c.chinese).toList());
                }, lead -> fill(sheet.createRow(++rows[0]), cells(lead)));
                book.write(out);
            } finally {
                // the rows that left the window live in temporary files until disposed
                book.dispose();
                book.close();
            }
        }
        out.flush();
        log.info("User {} exported {} lead(s) as {}", viewer.get().userId(), rows[0], format);
    }

    private static List<String> cells(LeadRow lead) {
        return List.of(Long.toString(lead.id()), text(lead.name()), text(lead.company()), text(lead.title()),
                text(lead.phone()), text(lead.email()), text(lead.industry()), text(lead.region()), text(lead.address()),
                lead.source().name(), lead.campaignId() == null ? "" : lead.campaignId().toString(), text(lead.remark()),
                lead.status().name(), text(lead.ownerName()), time(lead.nextContactAt()), time(lead.lastFollowUpAt()),
                time(lead.createdAt()));
    }

    private static void fill(Row row, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            // always text: a phone stays a phone, and nothing becomes a formula
            row.createCell(i).setCellValue(values.get(i));
        }
    }

    private static void line(Writer writer, List<String> values) {
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

    private static void raw(Writer writer, String text) {
        try {
            writer.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String csv(String value) {
        String safe = FORMULA.matcher(value).matches() ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String time(Instant at) {
        return at == null ? "" : TIME.format(at);
    }
}
