package io.pulsecrm.oltp.followup;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.pulsecrm.oltp.audit.Changes;
import io.pulsecrm.oltp.audit.LogEntry;
import io.pulsecrm.oltp.audit.OperationLog;
import io.pulsecrm.oltp.identity.CurrentViewer;
import io.pulsecrm.oltp.identity.Owners;
import io.pulsecrm.oltp.identity.ScopeFilter;
import io.pulsecrm.oltp.identity.TeamEntity;
import io.pulsecrm.oltp.identity.Viewer;
import io.pulsecrm.oltp.shared.GenericPlans;
import io.pulsecrm.oltp.shared.PageResponse;
import io.pulsecrm.oltp.shared.StaleVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of follow-ups, one transaction each. Who may see a follow-up: whoever has its
 * author in scope, and whoever may read the record it is written on (so a customer's history
 * survives a transfer). Who may change it: whoever has its author in scope (the author always).
 */
@Service
@Transactional(readOnly = true)
public class FollowUpService {

    static final String ENTITY = "FOLLOW_UP";
    private static final Logger log = LoggerFactory.getLogger(FollowUpService.class);

    private final FollowUpRepository followUps;
    private final FollowUpQueries queries;
    private final SubjectLookup subjects;
    private final SubjectActivity activity;
    private final CurrentViewer viewer;
    private final Owners owners;
    private final OperationLog operations;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final GenericPlans genericPlans;

    FollowUpService(FollowUpRepository followUps, FollowUpQueries queries, SubjectLookup subjects,
            SubjectActivity activity, CurrentViewer viewer, Owners owners, OperationLog operations,
            ApplicationEventPublisher events, Clock clock, GenericPlans genericPlans) {
        this.followUps = followUps;
        this.queries = queries;
        this.subjects = subjects;
        this.activity = activity;
        this.viewer = viewer;
        this.owners = owners;
        this.operations = operations;
        this.events = events;
        this.clock = clock;
        this.genericPlans = genericPlans;
    }

    public FollowUpRow get(long id) {
        FollowUpRow row = queries.find(id).orElseThrow(() -> new FollowUpNotFound(id));
        Viewer me = viewer.get();
        if (!me.sees(row.ownerId()) && subjects.readable(me, row.subjectType(), row.subjectId()).isEmpty()) {
            throw new FollowUpNotFound(id);
        }
        return row;
    }

    /**
     * Follow-ups of one readable record (or customer) are all shown; without one, the list is
     * limited to authors in the caller's data scope.
     */
    public PageResponse<FollowUpRow> list(FollowUpFilter filter, int page, int size) {
        Viewer me = viewer.get();
        if (filter.subjectType() != null) {
            readable(me, filter.subjectType(), filter.subjectId());
            return queries.page(filter, "true", Map.of(), me.userId(), page, size);
        }
        if (filter.customerId() != null) {
            readable(me, SubjectType.CUSTOMER, filter.customerId());
            return queries.page(filter, "true", Map.of(), me.userId(), page, size);
        }
        ScopeFilter scope = me.filter(TeamEntity.NONE);
        return queries.page(filter, scope.sql("f.owner_id", "f.id"), scope.params(), me.userId(), page, size);
    }

    public List<LogEntry> history(long id) {
        get(id);
        return operations.history(ENTITY, id);
    }

    /**
     * Writes a follow-up on a record the caller may change, and lets the record and the schedule know: reads and
     * writes by key only, so their generic plans serve ({@link GenericPlans}).
     */
    @Transactional
    public FollowUpRow write(SubjectType type, long subjectId, FollowUpEntry entry) {
        genericPlans.forThisTransaction();
        Instant now = clock.instant();
        Viewer me = viewer.get();
        entry.checked(now);
        Subject subject = readable(me, type, subjectId);
        if (!subject.writable()) {
            throw new SubjectReadOnly(subject);
        }
        FollowUp followUp = followUps.saveAndFlush(FollowUp.write(subject, entry, owners.self(me), now));
        activity.followedUp(type, subjectId, subject.customerId(), followUp.getOccurredAt(), followUp.getNextContactAt());
        operations.record(ENTITY, followUp.getId(), "CREATE", "%s follow-up on %s".formatted(followUp.getKind(),
                subject.describe()), Changes.none());
        if (followUp.getNextContactAt() != null) {
            events.publishEvent(followUp.nextContactPlanned());
        }
        log.info("Follow-up {} written on {} by user {}", followUp.getId(), subject.describe(), me.userId());
        return queries.find(followUp.getId()).orElseThrow();
    }

    @Transactional
    public FollowUpRow revise(long id, FollowUpEntry entry, int version) {
        FollowUp followUp = changeable(id);
        StaleVersion.check("follow-up", id, version, followUp.getVersion());
        Changes changes = Changes.none();
        FollowUpKind kind = followUp.getKind();
        ContactMethod method = followUp.getMethod();
        String content = followUp.getContent();
        Instant occurred = followUp.getOccurredAt();
        Instant next = followUp.getNextContactAt();
        boolean rescheduled = followUp.revise(entry, clock.instant());
        followUps.saveAndFlush(followUp);
        changes.field("kind", kind, followUp.getKind()).field("method", method, followUp.getMethod())
                .field("content", content, followUp.getContent()).field("occurredAt", occurred, followUp.getOccurredAt())
                .field("nextContactAt", next, followUp.getNextContactAt());
        activity.followedUp(followUp.getSubjectType(), followUp.getSubjectId(), followUp.getCustomerId(),
                followUp.getOccurredAt(), rescheduled ? followUp.getNextContactAt() : null);
        operations.record(ENTITY, id, "UPDATE", "follow-up revised", changes);
        if (rescheduled) {
            events.publishEvent(followUp.nextContactPlanned());
        }
        return queries.find(id).orElseThrow();
    }

    @Transactional
    public void delete(long id) {
        FollowUp followUp = changeable(id);
        events.publishEvent(new FollowUpRemoved(id));
        followUps.delete(followUp);
        followUps.flush();
        operations.record(ENTITY, id, "DELETE", "%s follow-up on %s deleted".formatted(followUp.getKind(),
                followUp.getSubjectType().describe(followUp.getSubjectId())), Changes.none());
        log.info("Follow-up {} deleted by user {}", id, viewer.get().userId());
    }

    /** Its author, or someone with the author in scope; readable through the record only: 403. */
    private FollowUp changeable(long id) {
        FollowUpRow row = get(id);
        if (!viewer.get().sees(row.ownerId())) {
            throw new NotYourFollowUp(id);
        }
        return followUps.findById(id).orElseThrow(() -> new FollowUpNotFound(id));
    }

    private Subject readable(Viewer me, SubjectType type, long id) {
        return subjects.readable(me, type, id).orElseThrow(() -> new SubjectNotFound(type, id));
    }
}
