package io.pulsecrm.scope;

/** A department as the scope rule sees it: its place in the tree. */
public record OrgDepartment(long id, Long parentId) {
}
