/**
 * Who the viewer is and what they may see: oltp-app's tokens (single sign-on), checked against the users,
 * sessions and roles replicated into ClickHouse, and the viewer's data scope resolved from the replicated
 * organization by the one scope rule. Nothing here is cached, so a logout, a disabled user or a changed role
 * or department counts on the next request (or, for live streams, the next change the sink writes).
 */
package io.pulsecrm.dashboards.access;
