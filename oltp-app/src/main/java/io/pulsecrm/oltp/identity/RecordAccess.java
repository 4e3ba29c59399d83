package io.pulsecrm.oltp.identity;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether the viewer may read or change one record: its owner is in the viewer's scope, or the
 * viewer is on its team (READ members read, WRITE members also change). Records out of reach
 * answer 404 in the features, as if they did not exist.
 */
@Component
public class RecordAccess {

    private final JdbcClient jdbc;

    RecordAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean canRead(Viewer viewer, TeamEntity entity, long id, Long ownerId) {
        return viewer.sees(ownerId) || teamAccess(viewer, entity, id) != null;
    }

    public boolean canWrite(Viewer viewer, TeamEntity entity, long id, Long ownerId) {
        return viewer.sees(ownerId) || "WRITE".equals(teamAccess(viewer, entity, id));
    }

    private String teamAccess(Viewer viewer, TeamEntity entity, long id) {
        if (entity == TeamEntity.NONE) {
            return null;
        }
        return jdbc.sql("""
                select access from record_team_member
                where entity_type = :type and entity_id = :id and user_id = :user
                """).param("type", entity.name()).param("id", id).param("user", viewer.userId())
                .query(String.class).optional().orElse(null);
    }
}
