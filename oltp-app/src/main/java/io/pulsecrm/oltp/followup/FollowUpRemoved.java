package io.pulsecrm.oltp.followup;

/** A follow-up is about to be deleted (published before the row goes, in the same transaction). */
public record FollowUpRemoved(long followUpId) {
}
