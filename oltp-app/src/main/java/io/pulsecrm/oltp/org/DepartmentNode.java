package io.pulsecrm.oltp.org;

import java.util.List;

/**
 * A department in the tree, with its sub-departments in order (position, then name).
 *
 * @param memberCount          enabled users in this department
 * @param disabledMemberCount  disabled users in it (they still keep it from being deleted)
 * @param totalMemberCount     enabled users here and in every department below
 */
public record DepartmentNode(long id, Long parentId, String name, int position, int memberCount,
                             int disabledMemberCount, int totalMemberCount, int version, List<DepartmentNode> children) {
}
