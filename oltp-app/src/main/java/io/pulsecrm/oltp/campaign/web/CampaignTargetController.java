package io.pulsecrm.oltp.campaign.web;

import java.util.List;

import io.pulsecrm.oltp.campaign.CampaignTargets;
import io.pulsecrm.oltp.identity.RequiresPermission;
import io.pulsecrm.oltp.shared.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A campaign's target list; the segment builder fills it with a segment's members (browser → here, by CORS). */
@RestController
@RequestMapping("/api/v1/campaigns/{id}/targets")
class CampaignTargetController {

    private final CampaignTargets targets;

    CampaignTargetController(CampaignTargets targets) {
        this.targets = targets;
    }

    @Schema(name = "CampaignTargetsAdd")
    record AddBody(@Schema(description = "1 to 10000 customers the caller may read; all are added or none")
                   List<Long> customerIds) {
    }

    @PostMapping
    @RequiresPermission("campaign:edit")
    @Operation(summary = "Add customers to the campaign's target list (all or none; ids already on it are kept)")
    CampaignTargets.Added add(@PathVariable long id, @RequestBody AddBody body) {
        return targets.add(id, body.customerIds());
    }

    @GetMapping
    @RequiresPermission("campaign:view")
    @Operation(summary = "A page of the campaign's target list, newest first: the customers on it the caller may read")
    PageResponse<CampaignTargets.Target> list(@PathVariable long id,
            @RequestParam(defaultValue = "0") @Min(value = 0, message = "must be between 0 and 100000")
            @Max(value = 100_000, message = "must be between 0 and 100000") int page,
            @RequestParam(defaultValue = "20") @Min(value = 1, message = "must be between 1 and 100")
            @Max(value = 100, message = "must be between 1 and 100") int size) {
        return targets.list(id, page, size);
    }
}
