/**
 * The organization (组织架构): the department tree, the users who sit in it and report to each
 * other, and the roles that give them operation permissions and a data scope. Users are disabled,
 * never deleted; a leaver hands every record they own to a successor in one transaction.
 * Changes apply on the caller's next request because identity resolves the viewer from PostgreSQL;
 * nothing here caches users, roles or grants.
 * Public API: the services the web adapter calls and {@link io.pulsecrm.oltp.org.PermissionCatalogue},
 * the one list of '<module>:<action>' permissions.
 */
package io.pulsecrm.oltp.org;
