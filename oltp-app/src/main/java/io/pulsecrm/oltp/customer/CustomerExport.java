package io.pulsecrm.oltp.customer;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

import io.pulsecrm.export.TableExport;
import io.pulsecrm.export.TableExport.Format;
import io.pulsecrm.oltp.identity.CurrentViewer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the customers of a filter (or the selected ones) to a stream as CSV or xlsx
 * ({@link TableExport}), scoped exactly as the list is ({@link CustomerQueries#inScope}). Rows come
 * through a cursor while they are written; more than {@value #CAP} matches are refused up front.
 */
@Service
public class CustomerExport {

    public static final int CAP = 100_000;
    private static final Logger log = LoggerFactory.getLogger(CustomerExport.class);
    private static final List<String> HEADER = List.of("ID", "客户名称", "级别", "行业", "地区", "地址", "电话", "邮箱",
            "网址", "来源", "成交状态", "锁定", "负责人", "最近跟进", "下次联系", "创建时间");

    private final CustomerQueries queries;
    private final JdbcClient jdbc;
    /** Fetches 500 rows at a time inside the transaction: PostgreSQL streams instead of buffering the export. */
    private final JdbcClient streaming;
    private final CurrentViewer viewer;

    CustomerExport(CustomerQueries queries, JdbcClient jdbc, DataSource dataSource, CurrentViewer viewer) {
        this.queries = queries;
        this.jdbc = jdbc;
        JdbcTemplate cursor = new JdbcTemplate(dataSource);
        cursor.setFetchSize(500);
        this.streaming = JdbcClient.create(new NamedParameterJdbcTemplate(cursor));
        this.viewer = viewer;
    }

    /**
     * Writes the export; {@code start} runs once the request is known to be acceptable, before the
     * first byte (the caller sets the response headers there). {@code ids}, when given, narrow further.
     */
    @Transactional(readOnly = true)
    public void write(CustomerFilter filter, List<Long> ids, Format format, Runnable start, OutputStream out)
            throws IOException {
        Predicates where = queries.inScope(filter);
        if (ids != null && !ids.isEmpty()) {
            where.add("c.id = any(:ids)").param("ids", ids.toArray(Long[]::new));
        }
        long matching = jdbc.sql("select count(*) from (select 1 from customer c where %s limit %d) capped"
                .formatted(where.sql(), CAP + 1)).params(where.params()).query(Long.class).single();
        if (matching > CAP) {
            throw new InvalidCustomer("q", "more than %d customers match: narrow the filters or select customers"
                    .formatted(CAP));
        }
        try (TableExport table = TableExport.open(format, "客户", out)) {
            start.run();
            table.header(HEADER);
            streaming.sql("""
                    select c.id, c.name, c.level, c.industry, c.region, c.address, c.phone, c.email, c.website,
                           c.source, c.deal_status, c.locked, u.display_name as owner_name, c.last_follow_up_at,
                           c.next_contact_at, c.created_at
                    from customer c join app_user u on u.id = c.owner_id
                    where %s order by c.updated_at desc, c.id desc""".formatted(where.sql()))
                    .params(where.params()).query(rs -> {
                        table.row(cells(rs));
                    });
            table.finish();
            log.info("User {} exported {} customer(s) as {}", viewer.get().userId(), table.rows(), format);
        }
    }

    private static List<String> cells(ResultSet rs) throws SQLException {
        String source = rs.getString("source");
        return List.of(Long.toString(rs.getLong("id")), rs.getString("name"),
                level(CustomerLevel.valueOf(rs.getString("level"))), TableExport.text(rs.getString("industry")),
                TableExport.text(rs.getString("region")), TableExport.text(rs.getString("address")),
                TableExport.text(rs.getString("phone")), TableExport.text(rs.getString("email")),
                TableExport.text(rs.getString("website")), source == null ? "" : SourceChannel.valueOf(source).label(),
                DealStatus.valueOf(rs.getString("deal_status")) == DealStatus.DEAL ? "已成交" : "未成交",
                rs.getBoolean("locked") ? "是" : "否", TableExport.text(rs.getString("owner_name")),
                TableExport.time(CustomerRow.instant(rs, "last_follow_up_at")),
                TableExport.time(CustomerRow.instant(rs, "next_contact_at")),
                TableExport.time(CustomerRow.instant(rs, "created_at")));
    }

    /** The labels users read in the app (zh-CN), not the codes. */
    private static String level(CustomerLevel level) {
        return switch (level) {
            case KEY -> "重点客户";
            case NORMAL -> "普通客户";
            case SMALL -> "小客户";
        };
    }
}
