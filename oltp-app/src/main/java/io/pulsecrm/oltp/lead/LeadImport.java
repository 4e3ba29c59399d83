package io.pulsecrm.oltp.lead;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.pulsecrm.oltp.audit.Changes;
import io.pulsecrm.oltp.audit.OperationLog;
import io.pulsecrm.oltp.identity.CurrentViewer;
import io.pulsecrm.oltp.identity.Owner;
import io.pulsecrm.oltp.identity.Owners;
import io.pulsecrm.oltp.shared.FieldProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports leads from a spreadsheet (导入线索), all or nothing: every row is validated first and a
 * single bad row answers 400 naming each bad cell ("row 7.phone") with nothing imported; else all
 * rows go in one transaction, owned by the importer, and the answer warns of duplicates per row.
 * Rows are numbered as the spreadsheet shows them (the header is row 1).
 */
@Service
public class LeadImport {

    public static final long MAX_BYTES = 5L * 1024 * 1024;
    public static final int MAX_ROWS = 10_000;
    /** A file with thousands of bad cells is answered with the first ones and a count. */
    static final int MAX_PROBLEMS = 500;
    private static final int INSERT_BATCH = 1_000;
    private static final Logger log = LoggerFactory.getLogger(LeadImport.class);

    private final LeadDuplicates duplicates;
    private final CurrentViewer viewer;
    private final Owners owners;
    private final OperationLog operations;
    private final JdbcClient jdbc;
    private final Clock clock;

    LeadImport(LeadDuplicates duplicates, CurrentViewer viewer, Owners owners,
            OperationLog operations, JdbcClient jdbc, Clock clock) {
        this.duplicates = duplicates;
        this.viewer = viewer;
        this.owners = owners;
        this.operations = operations;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record RowWarning(int row, List<Duplicates.Duplicate> duplicates, int hiddenDuplicates) {
    }

    public record Result(int imported, List<RowWarning> duplicateWarnings) {
    }

    @Transactional
    public Result importFile(byte[] content, String filename) {
        if (content.length > MAX_BYTES) {
            throw new ImportTooLarge(content.length, MAX_BYTES);
        }
        List<List<String>> rows;
        try {
            rows = LeadSheets.read(content, filename, MAX_ROWS);
        } catch (LeadSheets.Unreadable e) {
            throw new InvalidLead("file", e.getMessage());
        }
        List<ImportRows.Parsed> parsed = parse(rows);
        List<Duplicates.Keys> keys = parsed.stream()
                .map(p -> Duplicates.Keys.of(p.draft().phone(), p.draft().email(), p.draft().company())).toList();
        List<Duplicates.Report> reports = duplicates.checkAll(keys, null);
        insert(parsed, filename);
        List<RowWarning> warnings = new ArrayList<>();
        Map<String, Integer> firstRowOf = new HashMap<>();
        for (int i = 0; i < parsed.size(); i++) {
            List<Duplicates.Duplicate> found = new ArrayList<>(reports.get(i).duplicates());
            found.addAll(earlierRows(parsed.get(i), keys.get(i), firstRowOf));
            if (!found.isEmpty() || reports.get(i).hiddenDuplicates() > 0) {
                warnings.add(new RowWarning(parsed.get(i).row(), List.copyOf(found), reports.get(i).hiddenDuplicates()));
            }
        }
        log.info("Imported {} lead(s), {} with duplicate warnings", parsed.size(), warnings.size());
        return new Result(parsed.size(), warnings);
    }

    /** Every row as a draft, or 400 with every problem of every row (and of the header). */
    private List<ImportRows.Parsed> parse(List<List<String>> rows) {
        List<FieldProblem> problems = new ArrayList<>();
        List<ImportRows.Parsed> parsed = ImportRows.parse(rows, problems);
        if (parsed.size() > MAX_ROWS) {
            throw new InvalidLead("file", "has more than %d rows: split it into smaller files".formatted(MAX_ROWS));
        }
        checkCampaigns(parsed, problems);
        if (!problems.isEmpty()) {
            int total = problems.size();
            List<FieldProblem> shown = new ArrayList<>(problems.subList(0, Math.min(total, MAX_PROBLEMS)));
            if (total > MAX_PROBLEMS) {
                shown.add(new FieldProblem("file", "and %d more problems".formatted(total - MAX_PROBLEMS)));
            }
            throw new InvalidLead(shown);
        }
        if (parsed.isEmpty()) {
            throw new InvalidLead("file", "has no rows below the header");
        }
        return parsed;
    }

    private void checkCampaigns(List<ImportRows.Parsed> parsed, List<FieldProblem> problems) {
        Set<Long> wanted = new HashSet<>();
        parsed.forEach(p -> {
            if (p.draft().campaignId() != null && p.draft().campaignId() > 0) {
                wanted.add(p.draft().campaignId());
            }
        });
        if (wanted.isEmpty()) {
            return;
        }
        Set<Long> existing = new HashSet<>(jdbc.sql("select id from campaign where id = any(:ids)")
                .param("ids", wanted.toArray(Long[]::new)).query(Long.class).list());
        parsed.forEach(p -> {
            Long campaign = p.draft().campaignId();
            if (campaign != null && campaign > 0 && !existing.contains(campaign)) {
                problems.add(new FieldProblem("row %d.campaignId".formatted(p.row()),
                        "campaign %d does not exist".formatted(campaign)));
            }
        });
    }

    /** Inserts the rows a thousand per statement (arrays unnested), each with its IMPORT log line. */
    private void insert(List<ImportRows.Parsed> parsed, String filename) {
        Owner owner = owners.self(viewer.get());
        Timestamp now = Timestamp.from(clock.instant());
        String summary = "imported" + (filename == null ? "" : " from " + filename);
        for (int from = 0; from < parsed.size(); from += INSERT_BATCH) {
            List<LeadDraft> batch = parsed.subList(from, Math.min(parsed.size(), from + INSERT_BATCH)).stream()
                    .map(ImportRows.Parsed::draft).toList();
            List<Long> ids = jdbc.sql("""
                    insert into lead (name, company, title, phone, email, industry, region, address, source, campaign_id,
                        remark, status, owner_id, owner_dept_id, created_by, created_at, updated_at)
                    select r.name, r.company, r.title, r.phone, r.email, r.industry, r.region, r.address, r.source,
                        r.campaign_id, r.remark, 'NEW', :owner, :dept, :owner, :now, :now
                    from unnest(:names, :companies, :titles, :phones, :emails, :industries, :regions, :addresses,
                        :sources, :campaigns, :remarks)
                        as r(name, company, title, phone, email, industry, region, address, source, campaign_id, remark)
                    returning id""")
                    .param("names", column(batch, LeadDraft::name)).param("companies", column(batch, LeadDraft::company))
                    .param("titles", column(batch, LeadDraft::title)).param("phones", column(batch, LeadDraft::phone))
                    .param("emails", column(batch, LeadDraft::email))
                    .param("industries", column(batch, LeadDraft::industry))
                    .param("regions", column(batch, LeadDraft::region))
                    .param("addresses", column(batch, LeadDraft::address))
                    .param("sources", column(batch, d -> d.source().name()))
                    .param("campaigns", batch.stream().map(LeadDraft::campaignId).toArray(Long[]::new))
                    .param("remarks", column(batch, LeadDraft::remark))
                    .param("owner", owner.userId()).param("dept", owner.departmentId()).param("now", now)
                    .query(Long.class).list();
            for (long id : ids) {
                operations.record(LeadService.ENTITY, id, "IMPORT", summary, Changes.none());
            }
        }
    }

    private static String[] column(List<LeadDraft> batch, java.util.function.Function<LeadDraft, String> value) {
        return batch.stream().map(value).toArray(String[]::new);
    }

    /** Rows of the same file that share a key with an earlier row. */
    private static List<Duplicates.Duplicate> earlierRows(ImportRows.Parsed row, Duplicates.Keys keys, Map<String, Integer> firstRowOf) {
        List<Duplicates.Duplicate> found = new ArrayList<>();
        Map<String, String> byKey = new java.util.LinkedHashMap<>();
        if (keys.phone() != null) {
            byKey.put("phone:" + keys.phone(), "phone");
        }
        if (keys.email() != null) {
            byKey.put("email:" + keys.email(), "email");
        }
        if (keys.company() != null) {
            byKey.put("company:" + keys.company(), "company");
        }
        Map<Integer, List<String>> matches = new java.util.TreeMap<>();
        byKey.forEach((key, field) -> {
            Integer earlier = firstRowOf.putIfAbsent(key, row.row());
            if (earlier != null) {
                matches.computeIfAbsent(earlier, r -> new ArrayList<>()).add(field);
            }
        });
        matches.forEach((earlier, fields) -> found.add(new Duplicates.Duplicate("ROW", earlier, "row " + earlier,
                List.copyOf(fields))));
        return found;
    }
}
