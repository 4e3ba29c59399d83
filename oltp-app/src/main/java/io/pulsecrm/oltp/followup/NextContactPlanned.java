package io.pulsecrm.oltp.followup;

import java.time.Instant;

/**
 * A follow-up set, moved or cleared its next contact time: the author's schedule follows it.
 * Published inside the follow-up's transaction and handled synchronously, so the schedule entry
 * exists exactly when the follow-up does.
 *
 * @param nextContactAt the new time; null when it was cleared
 */
public record NextContactPlanned(long followUpId, SubjectType subjectType, long subjectId, long authorId,
                                 long authorDepartmentId, String title, Instant nextContactAt) {
}
