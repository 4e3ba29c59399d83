package io.pulsecrm.warehouse.query;

import io.pulsecrm.scope.VisibleScope;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;

/**
 * Which funnel transitions a dashboard counts: those in the viewer's data scope (owner, or the owner's department at
 * the time of the transition), in a range of days of a zone, and optionally of one source channel or one campaign.
 * The scope is resolved by the server ({@code ScopeRule}) and bound as parameters, never spliced in.
 *
 * <p>A deal has no source of its own: a source filter takes its customer's ({@code customer} FINAL), as the deal's
 * customer has it now.
 *
 * @param from  first day, inclusive, in {@code zone}
 * @param to    last day, inclusive, in {@code zone}
 * @param source      a source channel, or null for every one
 * @param campaignId  a campaign, or null for every one (and none)
 * @param departments the departments the transition was attributed to at the time ({@code owner_dept_id}), inside the
 *                    scope; null for any, empty for none (a dashboard's department filter with its sub-departments)
 * @param ownerId     the owner at the time of the transition, inside the scope; null for any (a dashboard's employee)
 */
public record FunnelFilter(VisibleScope scope, LocalDate from, LocalDate to, ZoneId zone, String source,
        Long campaignId, Set<Long> departments, Long ownerId) {

    /** The WHERE condition on {@code funnel_transition FINAL} (live rows), with the parameters {@link #bind} fills. */
    static final String CONDITION = """
            is_deleted = 0
                  AND at >= fromUnixTimestamp64Milli(?) AND at < fromUnixTimestamp64Milli(?)
                  AND %s
                  AND (? = 0 OR source = ? OR (entity_type = 'OPPORTUNITY' AND customer_id IN
                       (SELECT id FROM customer FINAL WHERE is_deleted = 0 AND source = ?)))
                  AND (? = 0 OR campaign_id = ?)
                  AND %s""".formatted(OwnersInScope.CONDITION, OwnersInScope.NARROWED);

    public FunnelFilter {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(zone, "zone");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to " + to + " is before from " + from);
        }
        departments = departments == null ? null : Set.copyOf(departments);
    }

    /** Not narrowed by department or owner. */
    public FunnelFilter(VisibleScope scope, LocalDate from, LocalDate to, ZoneId zone, String source, Long campaignId) {
        this(scope, from, to, zone, source, campaignId, null, null);
    }

    /** Every transition of the days, whoever owns it. */
    public static FunnelFilter everything(LocalDate from, LocalDate to, ZoneId zone) {
        return new FunnelFilter(VisibleScope.EVERYTHING, from, to, zone, null, null);
    }

    public FunnelFilter withSource(String channel) {
        return new FunnelFilter(scope, from, to, zone, channel, campaignId, departments, ownerId);
    }

    public FunnelFilter withCampaign(Long campaign) {
        return new FunnelFilter(scope, from, to, zone, source, campaign, departments, ownerId);
    }

    /** Narrowed, inside the scope, to transitions attributed to these departments (null: any) and this owner (null: any). */
    public FunnelFilter narrowedTo(Set<Long> attributedTo, Long owner) {
        return new FunnelFilter(scope, from, to, zone, source, campaignId, attributedTo, owner);
    }

    /** Binds {@link #CONDITION}'s parameters from {@code first} on; returns the index of the next parameter. */
    int bind(PreparedStatement query, int first) throws SQLException {
        int i = first;
        query.setLong(i++, from.atStartOfDay(zone).toInstant().toEpochMilli());
        query.setLong(i++, to.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli());
        i = OwnersInScope.bind(query, i, scope);
        query.setInt(i++, source == null ? 0 : 1);
        query.setString(i++, source == null ? "" : source);
        query.setString(i++, source == null ? "" : source);
        query.setInt(i++, campaignId == null ? 0 : 1);
        query.setLong(i++, campaignId == null ? 0 : campaignId);
        return OwnersInScope.bindNarrowed(query, i, departments, ownerId);
    }
}
