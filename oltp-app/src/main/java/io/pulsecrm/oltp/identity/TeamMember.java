package io.pulsecrm.oltp.identity;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A row of record_team_member as the JPA scope predicate needs it (read only). */
@Entity
@Table(name = "record_team_member")
@IdClass(TeamMember.Key.class)
class TeamMember {

    @Id
    @Column(name = "entity_type")
    private String entityType;

    @Id
    @Column(name = "entity_id")
    private long entityId;

    @Id
    @Column(name = "user_id")
    private long userId;

    static class Key implements Serializable {
        private String entityType;
        private long entityId;
        private long userId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.entityType.equals(entityType) && key.entityId == entityId
                    && key.userId == userId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(entityType, entityId, userId);
        }
    }

    protected TeamMember() {
    }
}
