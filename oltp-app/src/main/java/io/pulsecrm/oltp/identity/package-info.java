/**
 * Identity and data scope: who the caller is (login, sessions, signed tokens published as JWKS for
 * dashboards) and what they may do and see. Every feature asks {@link io.pulsecrm.oltp.identity.CurrentViewer}
 * for the {@link io.pulsecrm.oltp.identity.Viewer} and filters with its
 * {@link io.pulsecrm.oltp.identity.ScopeFilter}: one rule for every list, detail, update, delete,
 * export and count.
 */
package io.pulsecrm.oltp.identity;
