package io.pulsecrm.warehouse.query;

import io.pulsecrm.scope.VisibleScope;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * Which campaigns a dashboard shows: those whose owner or owner's department is in the viewer's data scope (oltp-app
 * scopes campaigns by their owner; they have no record teams), narrowed inside it to campaigns owned in some
 * departments or by one user, and to those running in a range of days (start and end dates overlapping it). It chooses
 * campaigns, never the deals credited to them: a campaign's figures are its whole return.
 *
 * @param from        first day of the period, inclusive; null (with {@code to}) for campaigns of any time
 * @param to          last day of the period, inclusive
 * @param departments the owner's department one of these (a department with the ones under it); null for any
 * @param ownerId     the owner; null for any
 */
public record CampaignFilter(VisibleScope scope, LocalDate from, LocalDate to, Set<Long> departments, Long ownerId) {

    /** The WHERE condition on {@code campaign FINAL}, with the parameters {@link #bind} fills. */
    static final String CONDITION = """
            is_deleted = 0 AND %s
                  AND %s
                  AND (? = 0 OR (start_date <= toDate(?) AND end_date >= toDate(?)))"""
            .formatted(OwnersInScope.CONDITION, OwnersInScope.NARROWED);

    public CampaignFilter {
        Objects.requireNonNull(scope, "scope");
        if ((from == null) != (to == null) || (from != null && to.isBefore(from))) {
            throw new IllegalArgumentException("a period needs both days in order: " + from + " to " + to);
        }
        departments = departments == null ? null : Set.copyOf(departments);
    }

    /** Every campaign the scope covers, of any time. */
    public static CampaignFilter inScope(VisibleScope scope) {
        return new CampaignFilter(scope, null, null, null, null);
    }

    /** Only campaigns whose start and end dates overlap these days. */
    public CampaignFilter running(LocalDate first, LocalDate last) {
        return new CampaignFilter(scope, first, last, departments, ownerId);
    }

    /** Only campaigns owned in these departments (null: any) and by this user (null: anyone), inside the scope. */
    public CampaignFilter ownedBy(Set<Long> ownerDepartments, Long owner) {
        return new CampaignFilter(scope, from, to, ownerDepartments, owner);
    }

    /** Binds {@link #CONDITION}'s parameters from {@code first} on; returns the index of the next parameter. */
    int bind(PreparedStatement query, int first) throws SQLException {
        int i = first;
        i = OwnersInScope.bindNarrowed(query, OwnersInScope.bind(query, i, scope), departments, ownerId);
        query.setInt(i++, from == null ? 0 : 1);
        query.setString(i++, from == null ? "1970-01-01" : to.toString());
        query.setString(i++, from == null ? "1970-01-01" : from.toString());
        return i;
    }
}
