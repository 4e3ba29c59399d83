package io.pulsecrm.oltp.receivable.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.pulsecrm.oltp.audit.LogEntry;
import io.pulsecrm.oltp.identity.RequiresPermission;
import io.pulsecrm.oltp.receivable.ReceiptFilter;
import io.pulsecrm.oltp.receivable.ReceiptService;
import io.pulsecrm.oltp.receivable.web.ReceivableRequests.NewReceipt;
import io.pulsecrm.oltp.receivable.web.ReceivableResponses.ReceiptResponse;
import io.pulsecrm.oltp.shared.ListQuery;
import io.pulsecrm.oltp.shared.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/receipts")
@Tag(name = "Receipts", description = "Money received on approved contracts (回款), numbered HK-yyyyMMdd-NNNN")
class ReceiptController {

    private static final List<String> SORTABLE = List.of("id", "number", "amount", "receivedOn", "createdAt");
    private static final Sort DEFAULT_SORT = Sort.by(Sort.Order.desc("receivedOn"), Sort.Order.desc("id"));

    private final ReceiptService receipts;

    ReceiptController(ReceiptService receipts) {
        this.receipts = receipts;
    }

    @GetMapping
    @RequiresPermission("receipt:view")
    @Operation(summary = "A page of the receipts in the caller's data scope; totalItems stops counting at 10,001")
    PageResponse<ReceiptResponse> list(
            @RequestParam(required = false) Long contractId,
            @RequestParam(required = false) Long customerId,
            @Parameter(description = "narrows within the caller's scope") @RequestParam(required = false) Long ownerId,
            @RequestParam(required = false) Long planId,
            @Parameter(description = "received on or after, yyyy-MM-dd")
            @RequestParam(required = false) LocalDate receivedFrom,
            @Parameter(description = "received on or before, yyyy-MM-dd")
            @RequestParam(required = false) LocalDate receivedTo,
            @RequestParam(defaultValue = "0") @Min(value = 0, message = "must be between 0 and 100000")
            @Max(value = 100_000, message = "must be between 0 and 100000") int page,
            @RequestParam(defaultValue = "20") @Min(value = 1, message = "must be between 1 and 100")
            @Max(value = 100, message = "must be between 1 and 100") int size,
            @Parameter(description = "property[,asc|desc], repeatable; properties: id, number, amount, receivedOn, "
                    + "createdAt; default receivedOn,desc")
            @RequestParam(required = false) List<String> sort) {
        ReceiptFilter filter = new ReceiptFilter(contractId, customerId, ownerId, planId, receivedFrom, receivedTo);
        return receipts.list(filter, ListQuery.parse(sort, SORTABLE, DEFAULT_SORT), page, size)
                .map(ReceiptResponse::of);
    }

    @GetMapping("/{id}")
    @RequiresPermission("receipt:view")
    @Operation(summary = "One receipt")
    ReceiptResponse get(@PathVariable long id) {
        return ReceiptResponse.of(receipts.get(id));
    }

    @GetMapping("/{id}/logs")
    @RequiresPermission("receipt:view")
    @Operation(summary = "The receipt's operation log, newest first")
    List<LogEntry> logs(@PathVariable long id) {
        return receipts.logs(id);
    }

    @PostMapping
    @RequiresPermission("receipt:create")
    @Operation(summary = "Record money received on an approved contract (409 contract-not-approved; 409 "
            + "over-receipt naming amount beyond the plan's or the contract's remaining amount)")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ReceiptResponse> create(@Valid @RequestBody NewReceipt body) {
        ReceiptResponse created = ReceiptResponse.of(receipts.create(body.terms()));
        return ResponseEntity.created(URI.create("/api/v1/receipts/" + created.id())).body(created);
    }

    @DeleteMapping("/{id}")
    @RequiresPermission("receipt:delete")
    @Operation(summary = "Delete a receipt: its plan and contract no longer count its money")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> delete(@PathVariable long id) {
        receipts.delete(id);
        return ResponseEntity.noContent().build();
    }
}
