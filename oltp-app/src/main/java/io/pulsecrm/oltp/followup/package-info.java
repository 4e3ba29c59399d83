/**
 * Follow-ups (跟进记录): what a rep did or agreed with a lead, customer, contact, opportunity or
 * contract, kept under the customer it belongs to. A next contact time lands in the author's
 * schedule: this feature announces it ({@link io.pulsecrm.oltp.followup.NextContactPlanned}) and the
 * task feature plans it, in the same transaction. {@link io.pulsecrm.oltp.followup.SubjectLookup} is
 * the one read-only view of the records follow-ups and tasks are written on.
 */
package io.pulsecrm.oltp.followup;
