package io.pulsecrm.oltp.contract.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.pulsecrm.oltp.audit.LogEntry;
import io.pulsecrm.oltp.contract.Contract;
import io.pulsecrm.oltp.contract.ContractCommands;
import io.pulsecrm.oltp.contract.ContractDraft;
import io.pulsecrm.oltp.contract.ContractFilter;
import io.pulsecrm.oltp.contract.ContractService;
import io.pulsecrm.oltp.contract.ContractStatus;
import io.pulsecrm.oltp.contract.ContractTransfers;
import io.pulsecrm.oltp.contract.web.ContractRequests.ContractUpdate;
import io.pulsecrm.oltp.contract.web.ContractRequests.Line;
import io.pulsecrm.oltp.contract.web.ContractRequests.NewContract;
import io.pulsecrm.oltp.contract.web.ContractRequests.Transfer;
import io.pulsecrm.oltp.contract.web.ContractRequests.VersionedAction;
import io.pulsecrm.oltp.contract.web.ContractResponses.ContractResponse;
import io.pulsecrm.oltp.contract.web.ContractResponses.ContractSummary;
import io.pulsecrm.oltp.identity.RequiresPermission;
import io.pulsecrm.oltp.shared.ListQuery;
import io.pulsecrm.oltp.shared.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/contracts")
@Tag(name = "Contracts", description = "Contracts (合同/订单) with product lines, approval, transfer and cancellation")
class ContractController {

    private static final List<String> SORTABLE = List.of("id", "number", "name", "signedOn", "totalAmount",
            "receivedAmount", "createdAt", "updatedAt");
    private static final Sort DEFAULT_SORT = Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id"));

    private final ContractService contracts;
    private final ContractCommands commands;
    private final ContractTransfers transfers;

    ContractController(ContractService contracts, ContractCommands commands, ContractTransfers transfers) {
        this.contracts = contracts;
        this.commands = commands;
        this.transfers = transfers;
    }

    @GetMapping
    @RequiresPermission("contract:view")
    @Operation(summary = "A page of the contracts in the caller's data scope; totalItems stops counting at 10,001")
    PageResponse<ContractSummary> list(
            @Parameter(description = "part of the number or name, any case")
            @RequestParam(required = false) @Size(max = 100, message = "must be at most 100 characters") String q,
            @RequestParam(required = false) Long customerId,
            @Parameter(description = "narrows within the caller's scope") @RequestParam(required = false) Long ownerId,
            @RequestParam(required = false) Long opportunityId,
            @RequestParam(required = false) ContractStatus status,
            @Parameter(description = "signed on or after, yyyy-MM-dd") @RequestParam(required = false) LocalDate signedFrom,
            @Parameter(description = "signed on or before, yyyy-MM-dd") @RequestParam(required = false) LocalDate signedTo,
            @RequestParam(defaultValue = "0") @Min(value = 0, message = "must be between 0 and 100000")
            @Max(value = 100_000, message = "must be between 0 and 100000") int page,
            @RequestParam(defaultValue = "20") @Min(value = 1, message = "must be between 1 and 100")
            @Max(value = 100, message = "must be between 1 and 100") int size,
            @Parameter(description = "property[,asc|desc], repeatable; properties: id, number, name, signedOn, "
                    + "totalAmount, receivedAmount, createdAt, updatedAt; default updatedAt,desc")
            @RequestParam(required = false) List<String> sort) {
        ContractFilter filter = new ContractFilter(q, customerId, ownerId, opportunityId, status, signedFrom, signedTo);
        return contracts.list(filter, ListQuery.parse(sort, SORTABLE, DEFAULT_SORT), page, size)
                .map(ContractSummary::of);
    }

    @GetMapping("/{id}")
    @RequiresPermission("contract:view")
    @Operation(summary = "One contract with its lines (also readable by the approver its current step waits for)")
    ContractResponse get(@PathVariable long id) {
        Contract contract = contracts.get(id);
        return ContractResponse.of(contract, contracts.lines(id));
    }

    @GetMapping("/{id}/logs")
    @RequiresPermission("contract:view")
    @Operation(summary = "The contract's operation log (incl. its payment plans and receipts), newest first")
    List<LogEntry> logs(@PathVariable long id) {
        return contracts.logs(id);
    }

    @PostMapping
    @RequiresPermission("contract:create")
    @Operation(summary = "Draft a contract of the caller for a customer or from an opportunity; totals are "
            + "computed on the server (line = quantity × unit price × (1 − discount/100), cents half up)")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ContractResponse> create(@Valid @RequestBody NewContract body) {
        Contract contract = commands.create(new ContractDraft(body.number(), body.terms(), body.customerId(),
                body.opportunityId(), body.lineInputs()));
        ContractResponse created = ContractResponse.of(contract, contracts.lines(contract.getId()));
        return ResponseEntity.created(URI.create("/api/v1/contracts/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @RequiresPermission("contract:edit")
    @Operation(summary = "Revise terms and lines of a draft or rejected contract (409 otherwise, or if the "
            + "version is stale, or if the total would drop below its payment plans)")
    ContractResponse update(@PathVariable long id, @Valid @RequestBody ContractUpdate body) {
        Contract contract = commands.revise(id, body.terms(), body.lines().stream().map(Line::input).toList(),
                body.version());
        return ContractResponse.of(contract, contracts.lines(id));
    }

    @DeleteMapping("/{id}")
    @RequiresPermission("contract:delete")
    @Operation(summary = "Delete a draft or rejected contract with its lines and plans")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> delete(@PathVariable long id) {
        commands.delete(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/cancel")
    @RequiresPermission("contract:delete")
    @Operation(summary = "Cancel an approved contract nothing was received on")
    ContractSummary cancel(@PathVariable long id, @Valid @RequestBody VersionedAction body) {
        return ContractSummary.of(commands.cancel(id, body.version()));
    }

    @PostMapping("/transfer")
    @RequiresPermission("contract:transfer")
    @Operation(summary = "Hand contracts (with their payment plans and receipts) to another owner, all or nothing")
    List<ContractSummary> transfer(@Valid @RequestBody Transfer body) {
        return transfers.transfer(body.ids(), body.ownerId()).stream().map(ContractSummary::of).toList();
    }
}
