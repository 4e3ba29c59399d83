package io.pulsecrm.oltp.contract;

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
import io.pulsecrm.oltp.identity.Viewer;
import io.pulsecrm.oltp.shared.ListQuery;
import io.pulsecrm.oltp.shared.PageResponse;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading contracts. A contract is readable by whoever has it in scope (or on its team), and by
 * the approver its current step waits for; anyone else gets 404, as if it did not exist. The
 * changes live in {@link ContractCommands} and {@link ContractApprovals}.
 */
@Service
@Transactional(readOnly = true)
public class ContractService {

    static final String ENTITY = "CONTRACT";

    private final ContractRepository contracts;
    private final ContractQueries queries;
    private final ContractLines lines;
    private final ApprovalRecords records;
    private final Approvers approvers;
    private final OperationLog operations;
    private final CurrentViewer viewer;
    private final RecordAccess access;

    ContractService(ContractRepository contracts, ContractQueries queries, ContractLines lines, ApprovalRecords records,
            Approvers approvers, OperationLog operations, CurrentViewer viewer, RecordAccess access) {
        this.contracts = contracts;
        this.queries = queries;
        this.lines = lines;
        this.records = records;
        this.approvers = approvers;
        this.operations = operations;
        this.viewer = viewer;
        this.access = access;
    }

    public Contract get(long id) {
        return readable(contracts.findById(id).orElseThrow(() -> new ContractNotFound(id)));
    }

    Contract readable(Contract contract) {
        Viewer caller = viewer.get();
        long id = contract.getId();
        if (!access.canRead(caller, TeamEntity.CONTRACT, id, contract.getOwnerId()) && !approvers.awaits(contract, caller)) {
            throw new ContractNotFound(id);
        }
        return contract;
    }

    /** The contract if the caller may change it: 404 out of sight, 403 in sight but read only. */
    Contract writable(Contract contract, String permission) {
        Viewer caller = viewer.get();
        long id = contract.getId();
        if (!access.canRead(caller, TeamEntity.CONTRACT, id, contract.getOwnerId())) {
            throw new ContractNotFound(id);
        }
        if (!access.canWrite(caller, TeamEntity.CONTRACT, id, contract.getOwnerId())) {
            throw new PermissionDenied(permission);
        }
        return contract;
    }

    Contract editable(long id) {
        return writable(contracts.findById(id).orElseThrow(() -> new ContractNotFound(id)), "contract:edit");
    }

    public PageResponse<Contract> list(ContractFilter filter, Sort sort, int page, int size) {
        return load(queries.page(viewer.get().filter(TeamEntity.CONTRACT), filter, sort, page, size), page, size);
    }

    /** Contracts waiting for the caller's decision, whatever their owner. */
    public PageResponse<Contract> pending(int page, int size) {
        return load(queries.pendingFor(viewer.get().userId(), page, size), page, size);
    }

    public List<ContractLine> lines(long id) {
        get(id);
        return lines.of(id);
    }

    public List<ApprovalRecord> approvals(long id) {
        get(id);
        return records.of(id);
    }

    public List<LogEntry> logs(long id) {
        get(id);
        return operations.history(ENTITY, id);
    }

    private PageResponse<Contract> load(ContractQueries.PageOfIds found, int page, int size) {
        Map<Long, Contract> byId = contracts.findAllById(found.ids()).stream()
                .collect(Collectors.toMap(Contract::getId, Function.identity()));
        return ListQuery.page(found.ids().stream().map(byId::get).toList(), page, size, found.total());
    }
}
