package io.pulsecrm.oltp.lead.web;

import java.util.Map;

import io.pulsecrm.oltp.identity.RequiresPermission;
import io.pulsecrm.oltp.lead.Conversion;
import io.pulsecrm.oltp.lead.Duplicates;
import io.pulsecrm.oltp.lead.LeadConversion;
import io.pulsecrm.oltp.lead.LeadDuplicates;
import io.pulsecrm.oltp.lead.LeadService;
import io.pulsecrm.oltp.lead.web.LeadRequests.Convert;
import io.pulsecrm.oltp.lead.web.LeadRequests.StatusChange;
import io.pulsecrm.oltp.lead.web.LeadRequests.Transfer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/leads")
@Tag(name = "Leads")
class LeadActionController {

    private final LeadService leads;
    private final LeadConversion conversion;
    private final LeadDuplicates duplicates;

    LeadActionController(LeadService leads, LeadConversion conversion, LeadDuplicates duplicates) {
        this.leads = leads;
        this.conversion = conversion;
        this.duplicates = duplicates;
    }

    @PostMapping("/{id}/qualify")
    @RequiresPermission("lead:edit")
    @Operation(summary = "Mark a new lead as qualified (worth pursuing)")
    LeadResponse qualify(@PathVariable long id, @Valid @RequestBody StatusChange body) {
        return LeadResponse.of(leads.qualify(id, body.version()));
    }

    @PostMapping("/{id}/invalid")
    @RequiresPermission("lead:edit")
    @Operation(summary = "Mark a new or qualified lead as invalid (the reason goes to its log)")
    LeadResponse invalid(@PathVariable long id, @Valid @RequestBody StatusChange body) {
        return LeadResponse.of(leads.markInvalid(id, body.version(), body.reason()));
    }

    @PostMapping("/transfer")
    @RequiresPermission("lead:transfer")
    @Operation(summary = "Hand leads to another owner, all or nothing (one lead out of scope: 404, nothing moves)")
    Map<String, Integer> transfer(@Valid @RequestBody Transfer body) {
        return Map.of("transferred", leads.transfer(body.ids(), body.ownerId()));
    }

    @PostMapping("/{id}/convert")
    @RequiresPermission("lead:edit")
    @Operation(summary = "Convert the lead into a customer with a primary contact and optionally an opportunity",
            description = "One transaction; also needs customer:create (and opportunity:create with an opportunity)")
    LeadConversion.Result convert(@PathVariable long id, @Valid @RequestBody Convert body) {
        Conversion.DealDraft deal = body.opportunity() == null ? null : new Conversion.DealDraft(
                body.opportunity().name(), body.opportunity().amount(), body.opportunity().stageId(),
                body.opportunity().expectedCloseDate());
        return conversion.convert(id, body.version(), body.level(),
                body.contact() == null ? null : body.contact().draft(), deal);
    }

    @GetMapping("/duplicates")
    @RequiresPermission("lead:view")
    @Operation(summary = "Leads and customers sharing the phone, email or company (case-insensitive), to warn "
            + "before saving; only those the caller may see are listed, the others counted")
    Duplicates.Report duplicates(
            @RequestParam(required = false) @Size(max = 32, message = "must be at most 32 characters") String phone,
            @RequestParam(required = false) @Size(max = 200, message = "must be at most 200 characters") String email,
            @RequestParam(required = false) @Size(max = 200, message = "must be at most 200 characters") String company) {
        return duplicates.check(Duplicates.Keys.of(phone, email, company), null);
    }
}
