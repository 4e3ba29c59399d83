package io.pulsecrm.oltp.campaign;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.pulsecrm.oltp.audit.Changes;
import io.pulsecrm.oltp.audit.OperationLog;
import io.pulsecrm.oltp.customer.CustomerQueries;
import io.pulsecrm.oltp.identity.CurrentViewer;
import io.pulsecrm.oltp.identity.ScopeFilter;
import io.pulsecrm.oltp.identity.TeamEntity;
import io.pulsecrm.oltp.identity.Viewer;
import io.pulsecrm.oltp.shared.FieldProblem;
import io.pulsecrm.oltp.shared.ListQuery;
import io.pulsecrm.oltp.shared.PageResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A campaign's target list (V36 {@code campaign_target}): the customers a marketer chose to reach, usually a
 * segment's members. The list is the campaign owner's working material, so it is reached through the campaign
 * owner's data scope (out of scope answers 404, as a record that does not exist); every customer added must be one
 * the caller may read, and a request adds all its customers or none.
 */
@Service
@Transactional(readOnly = true)
public class CampaignTargets {

    /** What one request may add: a segment of a few thousand members fits, a mistake of millions does not. */
    public static final int MAX_PER_REQUEST = 10_000;

    private static final Logger log = LoggerFactory.getLogger(CampaignTargets.class);

    private final CampaignRepository campaigns;
    private final CustomerQueries customers;
    private final CurrentViewer viewer;
    private final OperationLog operations;
    private final JdbcClient jdbc;
    private final Clock clock;

    CampaignTargets(CampaignRepository campaigns, CustomerQueries customers, CurrentViewer viewer,
            OperationLog operations, JdbcClient jdbc, Clock clock) {
        this.campaigns = campaigns;
        this.customers = customers;
        this.viewer = viewer;
        this.operations = operations;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One customer on the list, with its name (the caller may read every customer listed). */
    public record Target(long customerId, String customerName, Instant addedAt, long addedBy) {
    }

    /** @param added customers new on the list; {@code alreadyTargeted} were on it before; {@code total} now */
    public record Added(int added, int alreadyTargeted, long total) {
    }

    /**
     * Adds the customers to the list, in one transaction: a missing, repeated, malformed or unreadable id refuses the
     * whole request (400 naming {@code customerIds[i]}), and customers already on it stay as they were.
     */
    @Transactional
    public Added add(long campaignId, List<Long> customerIds) {
        Campaign campaign = campaigns.findLocked(campaignId).filter(c -> viewer.get().sees(c.getOwnerId()))
                .orElseThrow(() -> new CampaignNotFound("campaign", campaignId));
        Set<Long> ids = checked(customerIds);
        Viewer me = viewer.get();
        // one statement for the whole list: a segment's thousands of members are one round trip
        int added = jdbc.sql("""
                insert into campaign_target (campaign_id, customer_id, added_at, added_by)
                select :campaign, customer_id, :at, :by from unnest(:ids) as customer_id
                on conflict do nothing""")
                .param("campaign", campaignId).param("ids", ids.toArray(Long[]::new))
                .param("at", Timestamp.from(clock.instant())).param("by", me.userId()).update();
        long total = jdbc.sql("select count(*) from campaign_target where campaign_id = :id")
                .param("id", campaignId).query(Long.class).single();
        operations.record(CampaignService.ENTITY, campaignId, "UPDATE",
                "%d target customers added (%d already targeted)".formatted(added, ids.size() - added),
                Changes.none().field("targets", total - added, total));
        log.info("Campaign {}: {} targets added, {} already there", campaign.getId(), added, ids.size() - added);
        return new Added(added, ids.size() - added, total);
    }

    private Set<Long> checked(List<Long> customerIds) {
        if (customerIds == null || customerIds.isEmpty()) {
            throw new InvalidCampaign("customerIds", "must name at least one customer");
        }
        if (customerIds.size() > MAX_PER_REQUEST) {
            throw new InvalidCampaign("customerIds", "must name at most %d customers".formatted(MAX_PER_REQUEST));
        }
        List<FieldProblem> problems = new ArrayList<>();
        Set<Long> ids = new LinkedHashSet<>();
        for (int i = 0; i < customerIds.size(); i++) {
            Long id = customerIds.get(i);
            if (id == null || id < 1) {
                problems.add(new FieldProblem("customerIds[%d]".formatted(i), "must be a customer id"));
            } else if (!ids.add(id)) {
                problems.add(new FieldProblem("customerIds[%d]".formatted(i), "repeats customer " + id));
            }
        }
        Set<Long> readable = customers.readableAmong(ids);
        for (int i = 0; i < customerIds.size() && problems.size() < 100; i++) {
            Long id = customerIds.get(i);
            if (id != null && id > 0 && !readable.contains(id)) {
                // one answer for "no such customer" and "not yours to see": the caller learns nothing more
                problems.add(new FieldProblem("customerIds[%d]".formatted(i),
                        "customer %d does not exist or is outside your data scope".formatted(id)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidCampaign(problems.size() > 100 ? List.copyOf(problems.subList(0, 100)) : problems);
        }
        return ids;
    }

    /** A page of the list, newest first: the customers on it the caller may read. */
    public PageResponse<Target> list(long campaignId, int page, int size) {
        campaigns.findById(campaignId).filter(c -> viewer.get().sees(c.getOwnerId()))
                .orElseThrow(() -> new CampaignNotFound("campaign", campaignId));
        ScopeFilter scope = viewer.get().filter(TeamEntity.CUSTOMER);
        String from = """
                from campaign_target t join customer c on c.id = t.customer_id
                where t.campaign_id = :campaign and %s""".formatted(scope.sql("c.owner_id", "c.id"));
        List<Target> items = jdbc.sql("select t.customer_id, c.name, t.added_at, t.added_by " + from
                        + " order by t.added_at desc, t.customer_id desc limit :limit offset :offset")
                .params(scope.params()).param("campaign", campaignId)
                .param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> new Target(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        rs.getLong(4)))
                .list();
        long total = jdbc.sql("select count(*) " + from).params(scope.params()).param("campaign", campaignId)
                .query(Long.class).single();
        return ListQuery.page(items, page, size, total);
    }
}
