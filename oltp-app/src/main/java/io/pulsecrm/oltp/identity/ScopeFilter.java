package io.pulsecrm.oltp.identity;

import java.util.Map;

import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.springframework.data.jpa.domain.Specification;

/**
 * The data-scope predicate of one viewer for one record type: the owner is in scope, or the viewer
 * is on the record's team. Values are always bound ({@link #params()}); only column names given by
 * the calling code are written into the SQL.
 */
public record ScopeFilter(Viewer viewer, TeamEntity entity) {

    /** A SQL predicate over the record's owner and id columns, for JdbcClient named parameters. */
    public String sql(String ownerColumn, String idColumn) {
        if (viewer.scope().all()) {
            return "true";
        }
        String owned = ownerIn(ownerColumn);
        if (entity == TeamEntity.NONE) {
            return "(" + owned + ")";
        }
        return "(" + owned + " or exists (select 1 from record_team_member scope_team"
                + " where scope_team.entity_type = :scopeEntity and scope_team.entity_id = " + idColumn
                + " and scope_team.user_id = :scopeViewer))";
    }

    /**
     * Whether some records reach the viewer through a team only. Then a fast list reads two branches
     * ({@link #branches}) and merges them: one OR across both (as {@link #sql} writes it)
     * keeps PostgreSQL from using the owner index at all, and it reads every owner's rows instead.
     */
    public boolean throughTeams() {
        return !viewer.scope().all() && entity != TeamEntity.NONE;
    }

    /** The owned branch: the owner is in scope ({@code true} for a viewer who sees everything). */
    String owned(String ownerColumn) {
        return viewer.scope().all() ? "true" : "(" + ownerIn(ownerColumn) + ")";
    }

    /**
     * The owner is one of the scope's: {@code = :scopeOwner} when there is one (a rep's own records), else
     * {@code = any(:scopeOwners)}. With one owner PostgreSQL walks the (owner_id, updated_at) index in the
     * page's order and plans in a tenth of the time; an array of one kept it on the updated_at index,
     * filtering 44,000 entries for a rep's newest 2,000 customers (0.8 ms against 11 ms).
     */
    private String ownerIn(String ownerColumn) {
        return ownersBound() == 1 ? ownerColumn + " = :scopeOwner" : ownerColumn + " = any(:scopeOwners)";
    }

    /**
     * The rows of {@code table} (aliased {@code alias}, with {@code owner_id} and {@code id}) the viewer sees
     * that match {@code filters}, as one query or two merged by UNION ALL (see {@link #throughTeams}); each
     * branch ends with {@code tail} (its ORDER BY and LIMIT, say). {@code select} names the columns.
     */
    public String branches(String select, String table, String alias, String filters, String tail) {
        return branches(select, table, alias, filters, null, tail);
    }

    /**
     * {@link #branches(String, String, String, String, String)} with {@code ownedOnly} (null for none) added to
     * the owned branch alone: a predicate that holds for records owned in scope only, such as one naming an
     * index keyed by owner, must not reach the team-only branch, whose records are owned out of scope.
     */
    public String branches(String select, String table, String alias, String filters, String ownedOnly, String tail) {
        String owned = "select " + select + " from " + table + " " + alias + " where " + owned(alias + ".owner_id")
                + " and " + filters + (ownedOnly == null ? "" : " and " + ownedOnly) + tail;
        if (!throughTeams()) {
            return owned;
        }
        // the memberships are read first, into an array the record's primary key is probed with: joined
        // instead, the planner may walk every record newest first looking for the viewer's memberships
        return "(" + owned + ") union all (select " + select + " from " + table + " " + alias + " where " + alias
                + ".id = any(array(select scope_team.entity_id from record_team_member scope_team"
                + " where scope_team.entity_type = :scopeEntity and scope_team.user_id = :scopeViewer))"
                + " and not (" + ownerIn(alias + ".owner_id") + ") and " + filters + tail + ")";
    }

    /**
     * How many owners the owned branch binds: 1 ({@code :scopeOwner}), more ({@code :scopeOwners}), or -1 for a
     * viewer who sees everything (nothing bound).
     */
    public int ownersBound() {
        return viewer.scope().all() ? -1 : viewer.scope().owners().size();
    }

    /**
     * {@link #branches(String, String, String, String, String, String)} reading at most {@code limit} rows in all
     * (a number or a bound parameter), in no particular order. The owned branch is read first, and once it gave
     * {@code limit} rows the team-only branch is never read: it probes the primary key once per membership, and a
     * rep on a thousand deals' teams paid 7–13 ms for that in every capped count at a million customers.
     */
    public String branchesUpTo(String select, String table, String alias, String filters, String ownedOnly,
            String limit) {
        String each = branches(select, table, alias, filters, ownedOnly, " limit " + limit);
        return throughTeams() ? each + " limit " + limit : each;
    }

    /** How many of those rows there are, counting at most {@code cap}. */
    public String cappedCount(String table, String alias, String filters, int cap) {
        return "select count(*) from (" + branchesUpTo("1", table, alias, filters, null, Integer.toString(cap))
                + ") capped";
    }

    /** The values {@link #sql} refers to. */
    public Map<String, Object> params() {
        if (viewer.scope().all()) {
            return Map.of();
        }
        var owners = viewer.scope().owners();
        Map.Entry<String, Object> owned = ownersBound() == 1 ? Map.entry("scopeOwner", owners.iterator().next())
                : Map.entry("scopeOwners", owners.toArray(Long[]::new));
        if (entity == TeamEntity.NONE) {
            return Map.ofEntries(owned);
        }
        return Map.ofEntries(owned, Map.entry("scopeEntity", entity.name()), Map.entry("scopeViewer", viewer.userId()));
    }

    /** The same predicate for JPA entities with {@code ownerId} and {@code id} attributes. */
    public <T> Specification<T> specification() {
        return (root, query, cb) -> {
            if (viewer.scope().all()) {
                return cb.conjunction();
            }
            var owned = root.get("ownerId").in(viewer.scope().owners());
            if (entity == TeamEntity.NONE) {
                return owned;
            }
            Subquery<Long> team = query.subquery(Long.class);
            Root<TeamMember> member = team.from(TeamMember.class);
            team.select(member.get("entityId")).where(
                    cb.equal(member.get("entityType"), entity.name()),
                    cb.equal(member.get("userId"), viewer.userId()),
                    cb.equal(member.get("entityId"), root.get("id")));
            return cb.or(owned, cb.exists(team));
        };
    }
}
