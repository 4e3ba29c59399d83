package io.pulsecrm.oltp.segment;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.LongSupplier;

import io.pulsecrm.oltp.audit.Changes;
import io.pulsecrm.oltp.audit.LogEntry;
import io.pulsecrm.oltp.audit.OperationLog;
import io.pulsecrm.oltp.identity.CurrentViewer;
import io.pulsecrm.oltp.identity.Owner;
import io.pulsecrm.oltp.identity.Owners;
import io.pulsecrm.oltp.identity.ScopeFilter;
import io.pulsecrm.oltp.identity.TeamEntity;
import io.pulsecrm.oltp.shared.ListQuery;
import io.pulsecrm.oltp.shared.PageResponse;
import io.pulsecrm.oltp.shared.StaleVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of segments, one transaction each. A segment is reached through its owner's data
 * scope (segments have no teams); out of scope answers 404 and changes nothing. The creator owns it.
 */
@Service
@Transactional(readOnly = true)
public class SegmentService {

    static final String ENTITY = "SEGMENT";
    static final List<String> SORTS = List.of("id", "name", "createdAt", "updatedAt");
    static final Sort DEFAULT_SORT = Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id"));
    private static final Logger log = LoggerFactory.getLogger(SegmentService.class);

    private final SegmentStore segments;
    private final CurrentViewer viewer;
    private final Owners owners;
    private final OperationLog operations;
    private final Clock clock;

    SegmentService(SegmentStore segments, CurrentViewer viewer, Owners owners, OperationLog operations, Clock clock) {
        this.segments = segments;
        this.viewer = viewer;
        this.owners = owners;
        this.operations = operations;
        this.clock = clock;
    }

    /** {@code sort} as the list's request gives it (null: most recently changed first). */
    public PageResponse<Segment> list(SegmentFilter filter, List<String> sort, int page, int size) {
        return segments.page(scope(), filter, ListQuery.parse(sort, SORTS, DEFAULT_SORT), page, size);
    }

    public Segment get(long id) {
        return segments.find(id, scope(), false).orElseThrow(() -> new SegmentNotFound(id));
    }

    public List<LogEntry> history(long id) {
        get(id);
        return operations.history(ENTITY, id);
    }

    @Transactional
    public Segment create(SegmentSpec spec) {
        Owner owner = owners.self(viewer.get());
        if (segments.nameTaken(owner.userId(), spec.name(), null)) {
            throw new SegmentNameTaken(spec.name());
        }
        long id = unique(spec, () -> segments.insert(spec, owner, clock.instant()));
        operations.record(ENTITY, id, "CREATE", "segment created: " + spec.name(), Changes.none());
        log.info("Segment {} created by user {}", id, owner.userId());
        return get(id);
    }

    @Transactional
    public Segment update(long id, SegmentSpec spec, int version) {
        Segment current = segments.find(id, scope(), true).orElseThrow(() -> new SegmentNotFound(id));
        StaleVersion.check("segment", id, version, current.version());
        if (segments.nameTaken(current.ownerId(), spec.name(), id)) {
            throw new SegmentNameTaken(spec.name());
        }
        Instant now = clock.instant();
        unique(spec, () -> {
            segments.update(id, spec, now);
            return id;
        });
        operations.record(ENTITY, id, "UPDATE", "segment changed", Changes.none()
                .field("name", current.name(), spec.name())
                .field("description", current.description(), spec.description())
                .field("rule", current.rule().toJsonText(), spec.rule().toJsonText()));
        log.info("Segment {} changed to version {}", id, version + 1);
        return get(id);
    }

    @Transactional
    public void delete(long id) {
        Segment segment = segments.find(id, scope(), true).orElseThrow(() -> new SegmentNotFound(id));
        segments.delete(id);
        operations.record(ENTITY, id, "DELETE", "segment deleted: " + segment.name(), Changes.none());
        log.info("Segment {} deleted", id);
    }

    private ScopeFilter scope() {
        return viewer.get().filter(TeamEntity.NONE);
    }

    /** A concurrent save of the same name gets past the check; the unique index still refuses it. */
    private static long unique(SegmentSpec spec, LongSupplier write) {
        try {
            return write.getAsLong();
        } catch (DuplicateKeyException e) {
            throw new SegmentNameTaken(spec.name());
        }
    }
}
