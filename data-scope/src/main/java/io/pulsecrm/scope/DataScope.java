package io.pulsecrm.scope;

/** How far a role's view reaches; a user with several roles sees the union of them. */
public enum DataScope {
    /** Records the viewer owns. */
    SELF,
    /** ... and those of everyone reporting to the viewer, directly or not (app_user.manager_id). */
    SELF_AND_SUBORDINATES,
    /** ... of everyone in the viewer's department. */
    DEPT,
    /** ... of everyone in the viewer's department and the departments under it. */
    DEPT_AND_CHILDREN,
    /** ... of everyone in the departments the role names (role_scope_department). */
    CUSTOM,
    /** Every record. */
    ALL
}
