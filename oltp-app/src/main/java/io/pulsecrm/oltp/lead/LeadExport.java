package io.pulsecrm.oltp.lead;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;

import io.pulsecrm.export.TableExport;
import io.pulsecrm.export.TableExport.Format;
import io.pulsecrm.oltp.identity.CurrentViewer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the leads of a filter to a stream as CSV or xlsx ({@link TableExport}). Rows are read
 * through a cursor while they are written; the caller's scope applies as to lists.
 */
@Service
public class LeadExport {

    private static final Logger log = LoggerFactory.getLogger(LeadExport.class);
    private static final List<String> HEADER = Arrays.stream(LeadColumns.values()).map(c -> c.chinese).toList();

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
        try (TableExport table = TableExport.open(format, "线索", out)) {
            queries.export(filter, () -> {
                start.run();
                table.header(HEADER);
            }, lead -> table.row(cells(lead)));
            table.finish();
            log.info("User {} exported {} lead(s) as {}", viewer.get().userId(), table.rows(), format);
        }
    }

    private static List<String> cells(LeadRow lead) {
        return List.of(Long.toString(lead.id()), TableExport.text(lead.name()), TableExport.text(lead.company()),
                TableExport.text(lead.title()), TableExport.text(lead.phone()), TableExport.text(lead.email()),
                TableExport.text(lead.industry()), TableExport.text(lead.region()), TableExport.text(lead.address()),
                lead.source().name(), TableExport.text(lead.campaignId()), TableExport.text(lead.remark()),
                lead.status().name(), TableExport.text(lead.ownerName()), TableExport.time(lead.nextContactAt()),
                TableExport.time(lead.lastFollowUpAt()), TableExport.time(lead.createdAt()));
    }
}
