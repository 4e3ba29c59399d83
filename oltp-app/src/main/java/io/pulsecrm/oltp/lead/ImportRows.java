package io.pulsecrm.oltp.lead;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.pulsecrm.oltp.customer.SourceChannel;
import io.pulsecrm.oltp.shared.FieldProblem;

/**
 * Turns the rows of an uploaded sheet into lead drafts: the header names the columns (Chinese or
 * English), blank rows are skipped, and every bad cell becomes a problem named "row N.field"
 * (N as the spreadsheet numbers it: the header is row 1).
 */
final class ImportRows {

    record Parsed(int row, LeadDraft draft) {
    }

    private ImportRows() {
    }

    /** The drafts of the non-blank rows; their problems are added to {@code problems}. Header problems: 400 at once. */
    static List<Parsed> parse(List<List<String>> rows, List<FieldProblem> problems) {
        if (rows.isEmpty()) {
            throw new InvalidLead("file", "is empty: the first row must name the columns, e.g. 姓名/name");
        }
        Map<Integer, LeadColumns> columns = columns(rows.getFirst());
        List<Parsed> parsed = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            Map<LeadColumns, String> cells = new HashMap<>();
            List<String> line = rows.get(r);
            columns.forEach((index, column) -> {
                String value = index < line.size() ? line.get(index) : null;
                if (column.imported && value != null && !value.isBlank()) {
                    cells.put(column, value.strip());
                }
            });
            if (!cells.isEmpty()) {
                parsed.add(new Parsed(r + 1, draft(r + 1, cells, problems)));
            }
        }
        return parsed;
    }

    private static Map<Integer, LeadColumns> columns(List<String> header) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<Integer, LeadColumns> columns = new HashMap<>();
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c);
            if (name == null || name.isBlank()) {
                continue;
            }
            LeadColumns column = LeadColumns.byHeader(name).orElse(null);
            if (column == null) {
                problems.add(new FieldProblem("file", "unknown column '%s'; the columns are %s"
                        .formatted(name.strip(), LeadColumns.importable())));
            } else if (columns.containsValue(column)) {
                problems.add(new FieldProblem("file", "column '%s' appears twice".formatted(name.strip())));
            } else {
                columns.put(c, column);
            }
        }
        if (!columns.containsValue(LeadColumns.NAME)) {
            problems.add(new FieldProblem("file", "has no 姓名/name column"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidLead(problems);
        }
        return columns;
    }

    private static LeadDraft draft(int row, Map<LeadColumns, String> cells, List<FieldProblem> problems) {
        String prefix = "row %d.".formatted(row);
        // a sheet without sources is common; a source that is there must be one we know
        SourceChannel source = SourceChannel.OTHER;
        String sourceText = cells.get(LeadColumns.SOURCE);
        if (sourceText != null) {
            source = SourceChannel.parse(sourceText).orElse(null);
            if (source == null) {
                problems.add(new FieldProblem(prefix + "source", "'%s' is not a source; use one of %s or their Chinese names"
                        .formatted(sourceText, List.of(SourceChannel.values()))));
                source = SourceChannel.OTHER;
            }
        }
        Long campaignId = null;
        String campaignText = cells.get(LeadColumns.CAMPAIGN);
        if (campaignText != null) {
            try {
                campaignId = Long.parseLong(campaignText);
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem(prefix + "campaignId", "must be a campaign id (a whole number)"));
            }
        }
        LeadDraft draft = new LeadDraft(cells.get(LeadColumns.NAME), cells.get(LeadColumns.COMPANY),
                cells.get(LeadColumns.TITLE), cells.get(LeadColumns.PHONE), cells.get(LeadColumns.EMAIL),
                cells.get(LeadColumns.INDUSTRY), cells.get(LeadColumns.REGION), cells.get(LeadColumns.ADDRESS), source,
                campaignId, cells.get(LeadColumns.REMARK));
        problems.addAll(draft.problems(prefix));
        return draft.normalized();
    }
}
