package io.pulsecrm.oltp.customer.web;

import java.net.URI;
import java.util.List;

import io.pulsecrm.oltp.audit.LogEntry;
import io.pulsecrm.oltp.customer.ContactQueries;
import io.pulsecrm.oltp.customer.ContactRow;
import io.pulsecrm.oltp.customer.ContactService;
import io.pulsecrm.oltp.customer.web.CustomerRequests.ContactUpdate;
import io.pulsecrm.oltp.customer.web.CustomerRequests.NewContact;
import io.pulsecrm.oltp.customer.web.CustomerResponses.ContactResponse;
import io.pulsecrm.oltp.identity.RequiresPermission;
import io.pulsecrm.oltp.shared.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Contacts", description = "People at customers (联系人); exactly one primary contact per customer")
class ContactController {

    private final ContactService contacts;
    private final ContactQueries queries;

    ContactController(ContactService contacts, ContactQueries queries) {
        this.contacts = contacts;
        this.queries = queries;
    }

    @GetMapping("/api/v1/customers/{id}/contacts")
    @RequiresPermission("contact:view")
    @Operation(summary = "The customer's contacts, oldest first")
    List<ContactResponse> ofCustomer(@PathVariable long id) {
        return contacts.of(id).stream().map(ContactResponse::of).toList();
    }

    @PostMapping("/api/v1/customers/{id}/contacts")
    @RequiresPermission("contact:create")
    @Operation(summary = "Add a contact; primary true (or being the first) makes it the primary contact")
    ResponseEntity<ContactResponse> create(@PathVariable long id, @Valid @RequestBody NewContact body) {
        ContactResponse created = ContactResponse.of(contacts.create(id, body.draft(), body.primary()));
        return ResponseEntity.created(URI.create("/api/v1/contacts/" + created.id())).body(created);
    }

    @GetMapping("/api/v1/contacts")
    @RequiresPermission("contact:view")
    @Operation(summary = "Contacts of the customers in the caller's scope, most recently changed first",
            description = "q: fragment of the name, or the exact phone, mobile or email; totalItems stops at 10,001")
    PageResponse<ContactRow> list(@RequestParam(required = false) String q,
            @RequestParam(required = false) Long customerId,
            @RequestParam(defaultValue = "0") @Min(value = 0, message = "must be between 0 and 100000")
            @Max(value = 100_000, message = "must be between 0 and 100000") int page,
            @RequestParam(defaultValue = "20") @Min(value = 1, message = "must be between 1 and 100")
            @Max(value = 100, message = "must be between 1 and 100") int size) {
        return queries.list(q, customerId, page, size);
    }

    @GetMapping("/api/v1/contacts/{id}")
    @RequiresPermission("contact:view")
    @Operation(summary = "One contact")
    ContactResponse get(@PathVariable long id) {
        return ContactResponse.of(contacts.get(id));
    }

    @PutMapping("/api/v1/contacts/{id}")
    @RequiresPermission("contact:edit")
    @Operation(summary = "Replace the contact's fields; primary true makes it the primary contact (409 if stale)")
    ContactResponse update(@PathVariable long id, @Valid @RequestBody ContactUpdate body) {
        return ContactResponse.of(contacts.update(id, body.draft(), body.primary(), body.version()));
    }

    @DeleteMapping("/api/v1/contacts/{id}")
    @RequiresPermission("contact:delete")
    @Operation(summary = "Delete a contact; if it was primary, the oldest remaining contact becomes primary")
    ResponseEntity<Void> delete(@PathVariable long id) {
        contacts.delete(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/contacts/{id}/logs")
    @RequiresPermission("contact:view")
    @Operation(summary = "The contact's operation log, newest first")
    List<LogEntry> logs(@PathVariable long id) {
        return contacts.history(id);
    }
}
