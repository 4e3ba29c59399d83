package io.pulsecrm.oltp.customer.web;

import java.net.URI;
import java.util.List;

import io.pulsecrm.oltp.audit.LogEntry;
import io.pulsecrm.oltp.customer.CustomerFilter;
import io.pulsecrm.oltp.customer.CustomerFollowUps;
import io.pulsecrm.oltp.customer.CustomerLevel;
import io.pulsecrm.oltp.customer.CustomerDetails;
import io.pulsecrm.oltp.customer.CustomerQueries;
import io.pulsecrm.oltp.customer.CustomerRow;
import io.pulsecrm.oltp.customer.CustomerService;
import io.pulsecrm.oltp.customer.CustomerTransfer;
import io.pulsecrm.oltp.customer.DealStatus;
import io.pulsecrm.oltp.customer.FollowUpRow;
import io.pulsecrm.oltp.customer.SourceChannel;
import io.pulsecrm.oltp.customer.web.CustomerRequests.CustomerUpdate;
import io.pulsecrm.oltp.customer.web.CustomerRequests.NewCustomer;
import io.pulsecrm.oltp.customer.web.CustomerRequests.TransferRequest;
import io.pulsecrm.oltp.customer.web.CustomerRequests.VersionedAction;
import io.pulsecrm.oltp.customer.web.CustomerResponses.ContactResponse;
import io.pulsecrm.oltp.customer.web.CustomerResponses.CustomerDetail;
import io.pulsecrm.oltp.customer.web.CustomerResponses.CustomerResponse;
import io.pulsecrm.oltp.identity.RequiresPermission;
import io.pulsecrm.oltp.shared.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/customers")
@Tag(name = "Customers", description = "Customers (客户): owned by a rep, shared with a team, or in the public pool")
class CustomerController {

    private final CustomerService customers;
    private final CustomerQueries queries;
    private final CustomerFollowUps followUps;
    private final CustomerTransfer transfers;
    private final CustomerDetails details;

    CustomerController(CustomerService customers, CustomerQueries queries, CustomerFollowUps followUps,
            CustomerTransfer transfers, CustomerDetails details) {
        this.customers = customers;
        this.queries = queries;
        this.followUps = followUps;
        this.transfers = transfers;
        this.details = details;
    }

    @GetMapping
    @RequiresPermission("customer:view")
    @Operation(summary = "A page of the customers in the caller's scope, most recently changed first",
            description = "totalItems stops counting at 1,001 (read: more than 1,000; totalCapped is then true)")
    PageResponse<CustomerRow> list(
            @Parameter(description = "fragment of the name, or the exact phone or email") @RequestParam(required = false) String q,
            @RequestParam(required = false) CustomerLevel level,
            @RequestParam(required = false) String industry,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) SourceChannel source,
            @RequestParam(required = false) DealStatus dealStatus,
            @Parameter(description = "must be in the caller's scope (else 403)") @RequestParam(required = false) Long ownerId,
            @RequestParam(required = false) Boolean locked,
            @RequestParam(defaultValue = "0") @Min(value = 0, message = "must be between 0 and 100000")
            @Max(value = 100_000, message = "must be between 0 and 100000") int page,
            @RequestParam(defaultValue = "20") @Min(value = 1, message = "must be between 1 and 100")
            @Max(value = 100, message = "must be between 1 and 100") int size) {
        return queries.list(new CustomerFilter(q, level, industry, region, source, dealStatus, ownerId, locked),
                page, size);
    }

    @GetMapping("/{id}")
    @RequiresPermission("customer:view")
    @Operation(summary = "One customer with its primary contact, team and counts of what hangs under it")
    CustomerDetail get(@PathVariable long id) {
        CustomerDetails.View view = details.of(id);
        return new CustomerDetail(CustomerResponse.of(view.customer()),
                view.primaryContact() == null ? null : ContactResponse.of(view.primaryContact()), view.team(), view.counts());
    }

    @PostMapping
    @RequiresPermission("customer:create")
    @Operation(summary = "Create a customer owned by the caller")
    ResponseEntity<CustomerResponse> create(@Valid @RequestBody NewCustomer body) {
        CustomerResponse created = CustomerResponse.of(customers.create(body.draft()));
        return ResponseEntity.created(URI.create("/api/v1/customers/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @RequiresPermission("customer:edit")
    @Operation(summary = "Replace the editable fields (409 if the version is stale)")
    CustomerResponse update(@PathVariable long id, @Valid @RequestBody CustomerUpdate body) {
        return CustomerResponse.of(customers.update(id, body.draft(), body.version()));
    }

    @DeleteMapping("/{id}")
    @RequiresPermission("customer:delete")
    @Operation(summary = "Delete a customer with its contacts; 409 while it has opportunities, contracts or receipts")
    ResponseEntity<Void> delete(@PathVariable long id) {
        customers.delete(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/lock")
    @RequiresPermission("customer:lock")
    @Operation(summary = "Lock the customer: it is never recycled into the pool while locked")
    CustomerResponse lock(@PathVariable long id, @Valid @RequestBody VersionedAction body) {
        return CustomerResponse.of(customers.lock(id, body.version(), true));
    }

    @PostMapping("/{id}/unlock")
    @RequiresPermission("customer:lock")
    @Operation(summary = "Unlock the customer: the recycling rules apply again")
    CustomerResponse unlock(@PathVariable long id, @Valid @RequestBody VersionedAction body) {
        return CustomerResponse.of(customers.lock(id, body.version(), false));
    }

    @PostMapping("/transfer")
    @RequiresPermission("customer:transfer")
    @Operation(summary = "Hand customers (and optionally their contacts, deals, contracts) to another owner",
            description = "All or nothing: one customer the caller may not transfer refuses the whole request")
    CustomerTransfer.Result transfer(@Valid @RequestBody TransferRequest body) {
        return transfers.transfer(body.ids(), body.ownerId(), body.options());
    }

    @GetMapping("/{id}/follow-ups")
    @RequiresPermission("follow_up:view")
    @Operation(summary = "Follow-ups of the customer and of everything under it, newest first")
    PageResponse<FollowUpRow> followUps(@PathVariable long id,
            @RequestParam(required = false) CustomerFollowUps.Kind kind,
            @RequestParam(defaultValue = "0") @Min(value = 0, message = "must be between 0 and 100000")
            @Max(value = 100_000, message = "must be between 0 and 100000") int page,
            @RequestParam(defaultValue = "20") @Min(value = 1, message = "must be between 1 and 100")
            @Max(value = 100, message = "must be between 1 and 100") int size) {
        return followUps.of(id, kind, page, size);
    }

    @GetMapping("/{id}/logs")
    @RequiresPermission("customer:view")
    @Operation(summary = "The customer's operation log, newest first")
    List<LogEntry> logs(@PathVariable long id) {
        return customers.history(id);
    }
}
