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
        String owned = ownerColumn + " = any(:scopeOwners)";
        if (entity == TeamEntity.NONE) {
            return "(" + owned + ")";
        }
        return "(" + owned + " or exists (select 1 from record_team_member scope_team"
                + " where scope_team.entity_type = :scopeEntity and scope_team.entity_id = " + idColumn
                + " and scope_team.user_id = :scopeViewer))";
    }

    /** The values {@link #sql} refers to. */
    public Map<String, Object> params() {
        if (viewer.scope().all()) {
            return Map.of();
        }
        Long[] owners = viewer.scope().owners().toArray(Long[]::new);
        if (entity == TeamEntity.NONE) {
            return Map.of("scopeOwners", owners);
        }
        return Map.of("scopeOwners", owners, "scopeEntity", entity.name(), "scopeViewer", viewer.userId());
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
