/**
 * The operation log: who did what to which record and what changed. Every feature records its
 * creates, updates, deletes, transfers, claims, assigns, approvals through {@link io.pulsecrm.oltp.audit.OperationLog}
 * in the same transaction as the change, and shows a record's history on the record.
 */
package io.pulsecrm.oltp.audit;
