/**
 * The public pool (公海): customers nobody owns. Reps claim them within a limit, managers assign
 * them, owners release theirs, and a job recycles owned customers that broke the rules (no
 * follow-up, no deal) all day long, warning owners ahead. Every move is a pool_event and an
 * operation_log line. The pure rules are {@link io.pulsecrm.oltp.pool.RecyclePolicy} and
 * {@link io.pulsecrm.oltp.pool.ClaimLimit}.
 */
package io.pulsecrm.oltp.pool;
