package io.pulsecrm.oltp.opportunity;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.pulsecrm.oltp.audit.LogEntry;
import io.pulsecrm.oltp.audit.OperationLog;
import io.pulsecrm.oltp.identity.CurrentViewer;
import io.pulsecrm.oltp.identity.PermissionDenied;
import io.pulsecrm.oltp.identity.RecordAccess;
import io.pulsecrm.oltp.identity.TeamEntity;
import io.pulsecrm.oltp.product.LineInput;
import io.pulsecrm.oltp.shared.ListQuery;
import io.pulsecrm.oltp.shared.PageResponse;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading deals, always through the caller's data scope: a deal out of scope is indistinguishable
 * from an absent one (404). The changes live in {@link OpportunityCommands},
 * {@link OpportunityPipeline} and {@link OpportunityProducts}.
 */
@Service
@Transactional(readOnly = true)
public class OpportunityService {

    static final String ENTITY = "OPPORTUNITY";

    private final OpportunityRepository opportunities;
    private final StageMoveRepository moves;
    private final OpportunityQueries queries;
    private final OpportunityLines lines;
    private final OperationLog operations;
    private final CurrentViewer viewer;
    private final RecordAccess access;

    OpportunityService(OpportunityRepository opportunities, StageMoveRepository moves, OpportunityQueries queries,
            OpportunityLines lines, OperationLog operations, CurrentViewer viewer, RecordAccess access) {
        this.opportunities = opportunities;
        this.moves = moves;
        this.queries = queries;
        this.lines = lines;
        this.operations = operations;
        this.viewer = viewer;
        this.access = access;
    }

    /** The deal if the caller may see it; out of scope is indistinguishable from absent (404). */
    public Opportunity get(long id) {
        Opportunity deal = opportunities.findById(id).orElseThrow(() -> new OpportunityNotFound(id));
        if (!access.canRead(viewer.get(), TeamEntity.OPPORTUNITY, id, deal.getOwnerId())) {
            throw new OpportunityNotFound(id);
        }
        return deal;
    }

    /** The deal if the caller may change it (owner in scope or a read-write team member), else 404/403. */
    Opportunity editable(long id) {
        Opportunity deal = get(id);
        if (!access.canWrite(viewer.get(), TeamEntity.OPPORTUNITY, id, deal.getOwnerId())) {
            throw new PermissionDenied("opportunity:edit");
        }
        return deal;
    }

    public PageResponse<Opportunity> list(OpportunityFilter filter, Sort sort, int page, int size) {
        OpportunityQueries.PageOfIds found = queries.page(viewer.get().filter(TeamEntity.OPPORTUNITY), filter, sort,
                page, size);
        Map<Long, Opportunity> byId = opportunities.findAllById(found.ids()).stream()
                .collect(Collectors.toMap(Opportunity::getId, Function.identity()));
        return ListQuery.page(found.ids().stream().map(byId::get).toList(), page, size, found.total());
    }

    /** The deal's stage moves, oldest first. */
    public List<StageMove> history(long id) {
        get(id);
        return moves.findByOpportunityIdOrderByMovedAtAscIdAsc(id);
    }

    /** The deal's operation log, newest first. */
    public List<LogEntry> logs(long id) {
        get(id);
        return operations.history(ENTITY, id);
    }

    /** The deal's product lines, in the order they were given. */
    public List<OpportunityLine> lines(long id) {
        get(id);
        return lines.of(id);
    }

    /**
     * A deal another record names in {@code field}: missing → 400, not readable by the caller → 403
     * (the caller learns nothing else about it).
     */
    public OpportunityRef referencedBy(String field, long id) {
        Opportunity deal = opportunities.findById(id)
                .orElseThrow(() -> new CustomerDirectory.UnknownReference(field,
                        "opportunity %d does not exist".formatted(id)));
        if (!access.canRead(viewer.get(), TeamEntity.OPPORTUNITY, id, deal.getOwnerId())) {
            throw PermissionDenied.outOfScope(field);
        }
        List<LineInput> asInput = lines.of(id).stream()
                .map(line -> new LineInput(line.productId(), line.quantity(), line.unitPrice(), line.discount()))
                .toList();
        return new OpportunityRef(id, deal.getCustomerId(), deal.getStatus(), asInput);
    }
}
