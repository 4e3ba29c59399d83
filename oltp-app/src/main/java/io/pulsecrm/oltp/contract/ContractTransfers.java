package io.pulsecrm.oltp.contract;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.pulsecrm.oltp.audit.Changes;
import io.pulsecrm.oltp.audit.OperationLog;
import io.pulsecrm.oltp.identity.CurrentViewer;
import io.pulsecrm.oltp.identity.Owner;
import io.pulsecrm.oltp.identity.Owners;
import io.pulsecrm.oltp.identity.PermissionDenied;
import io.pulsecrm.oltp.identity.RecordAccess;
import io.pulsecrm.oltp.identity.TeamEntity;
import io.pulsecrm.oltp.identity.Viewer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands contracts to another owner, all or nothing. Whatever belongs to a contract (its payment
 * plans and receipts) follows it through {@link ContractTransferred}, in the same transaction.
 */
@Service
@Transactional
public class ContractTransfers {

    private static final Logger log = LoggerFactory.getLogger(ContractTransfers.class);

    private final ContractRepository contracts;
    private final OperationLog operations;
    private final ApplicationEventPublisher events;
    private final CurrentViewer viewer;
    private final RecordAccess access;
    private final Owners owners;
    private final Clock clock;

    ContractTransfers(ContractRepository contracts, OperationLog operations, ApplicationEventPublisher events,
            CurrentViewer viewer, RecordAccess access, Owners owners, Clock clock) {
        this.contracts = contracts;
        this.operations = operations;
        this.events = events;
        this.viewer = viewer;
        this.access = access;
        this.owners = owners;
        this.clock = clock;
    }

    /** One unknown or unreadable id answers 404, one the caller may not change 403; then nothing moves. */
    public List<Contract> transfer(List<Long> ids, long ownerId) {
        Viewer caller = viewer.get();
        Owner owner = owners.assignable(caller, "ownerId", ownerId);
        List<Long> distinct = new ArrayList<>(new LinkedHashSet<>(ids));
        Map<Long, Contract> found = contracts.findAllById(distinct).stream()
                .collect(Collectors.toMap(Contract::getId, Function.identity()));
        for (long id : distinct) {
            Contract contract = found.get(id);
            if (contract == null || !access.canRead(caller, TeamEntity.CONTRACT, id, contract.getOwnerId())) {
                throw new ContractNotFound(id);
            }
            if (!access.canWrite(caller, TeamEntity.CONTRACT, id, contract.getOwnerId())) {
                throw new PermissionDenied("contract:transfer");
            }
        }
        List<Contract> moved = new ArrayList<>(distinct.size());
        for (long id : distinct) {
            Contract contract = found.get(id);
            Changes changes = Changes.none().field("ownerId", contract.getOwnerId(), owner.userId())
                    .field("ownerDeptId", contract.getOwnerDeptId(), owner.departmentId());
            contract.transferTo(owner, clock.instant());
            operations.record(ContractService.ENTITY, id, "TRANSFER", "to user " + owner.userId(), changes);
            events.publishEvent(new ContractTransferred(id, owner.userId(), owner.departmentId()));
            moved.add(contract);
        }
        contracts.saveAllAndFlush(moved);
        log.info("{} contracts transferred to user {}", moved.size(), owner.userId());
        return moved;
    }
}
