/**
 * What every feature shares: the named-exception families that the web layer maps to
 * RFC 9457 problems, and the clock. Nothing feature-specific lives here.
 */
package io.pulsecrm.oltp.shared;
