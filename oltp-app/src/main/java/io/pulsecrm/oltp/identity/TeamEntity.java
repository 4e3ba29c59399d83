package io.pulsecrm.oltp.identity;

/** Record types that have a team (record_team_member.entity_type); NONE for those that do not. */
public enum TeamEntity {
    CUSTOMER, OPPORTUNITY, CONTRACT, NONE
}
