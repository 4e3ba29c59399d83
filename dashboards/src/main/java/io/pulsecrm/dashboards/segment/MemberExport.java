package io.pulsecrm.dashboards.segment;

import io.pulsecrm.dashboards.access.Viewer;
import io.pulsecrm.dashboards.drilldown.InvalidParameters;
import io.pulsecrm.export.TableExport;
import io.pulsecrm.segment.Choice;
import io.pulsecrm.segment.Feature;
import io.pulsecrm.segment.Label;
import io.pulsecrm.warehouse.query.SegmentCustomer;
import io.pulsecrm.warehouse.query.ViewerScope;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A segment's current members in the viewer's scope as CSV or xlsx, through the shared {@link TableExport} (one
 * formula guard for every download of the CRM). Only what ClickHouse's {@code customer} mirror holds leaves here:
 * CDC never captures a customer's personal columns (contacts, phone, email, address), so they stay in PostgreSQL.
 */
@Component
class MemberExport {

    /** More rows than any spreadsheet opens (xlsx holds 1,048,576): a bigger segment is cut, never half-written. */
    static final int MAX_ROWS = 1_000_000;

    private static final Logger log = LoggerFactory.getLogger(MemberExport.class);

    private final SegmentBuilder builder;
    private final SegmentWarehouse warehouse;
    private final MessageSource messages;

    MemberExport(SegmentBuilder builder, SegmentWarehouse warehouse, MessageSource messages) {
        this.builder = builder;
        this.warehouse = warehouse;
        this.messages = messages;
    }

    /** The format a request names; else 400 naming {@code format}. */
    static TableExport.Format format(String text) {
        try {
            return TableExport.Format.parse(text);
        } catch (TableExport.UnknownFormat e) {
            throw new InvalidParameters(List.of(new InvalidParameters.Problem(e.field(), "oneOf", "csv, xlsx")));
        }
    }

    /**
     * Checks the permission (403) and the segment (404, out of scope or absent) before {@code beforeFirstByte} runs
     * and the first byte is written, so a refusal is a problem, never a half file.
     */
    void write(Viewer viewer, long segmentId, TableExport.Format format, Locale locale, Runnable beforeFirstByte,
            OutputStream out) throws IOException {
        if (!viewer.may(Viewer.CUSTOMER_EXPORT)) {
            throw new ExportRefused(Viewer.CUSTOMER_EXPORT);
        }
        ViewerScope scope = builder.checkedScope(viewer, segmentId);
        beforeFirstByte.run();
        boolean english = locale.getLanguage().equals("en");
        try (TableExport table = TableExport.open(format, text("segment.export.sheet", locale), out)) {
            table.header(List.of(text("segment.export.id", locale), text("segment.customer.name", locale),
                    text("segment.customer.owner", locale), label(Feature.LEVEL.label(), english),
                    label(Feature.INDUSTRY.label(), english), label(Feature.REGION.label(), english),
                    label(Feature.SOURCE.label(), english), label(Feature.LIFECYCLE_STAGE.label(), english),
                    text("segment.export.since", locale)));
            warehouse.members(segmentId, scope, MAX_ROWS, member -> table.row(row(member, english)));
            table.finish();
            log.info("User {} exported {} members of segment {} as {}", viewer.userId(), table.rows(), segmentId,
                    format.extension);
        }
    }

    private static List<String> row(SegmentCustomer c, boolean english) {
        return List.of(Long.toString(c.customerId()), TableExport.text(c.name()), TableExport.text(c.ownerName()),
                choice(Feature.LEVEL, c.level(), english), TableExport.text(c.industry()),
                TableExport.text(c.region()), choice(Feature.SOURCE, c.source(), english),
                choice(Feature.LIFECYCLE_STAGE, c.lifecycleStage(), english), TableExport.time(c.since()));
    }

    /** An enum feature's value as the builder shows it (its label), the code itself when the catalogue lacks it. */
    private static String choice(Feature feature, String code, boolean english) {
        return feature.choices().stream().filter(choice -> choice.code().equals(code)).findFirst()
                .map(Choice::label).map(l -> label(l, english)).orElse(TableExport.text(code));
    }

    private static String label(Label label, boolean english) {
        return english ? label.en() : label.zhCN();
    }

    private String text(String code, Locale locale) {
        return messages.getMessage(code, null, locale);
    }
}
