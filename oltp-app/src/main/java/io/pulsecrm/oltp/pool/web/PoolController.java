package io.pulsecrm.oltp.pool.web;

import java.time.Instant;
import java.util.Map;

import io.pulsecrm.oltp.customer.Customer;
import io.pulsecrm.oltp.customer.CustomerFilter;
import io.pulsecrm.oltp.customer.CustomerLevel;
import io.pulsecrm.oltp.customer.CustomerRow;
import io.pulsecrm.oltp.customer.DealStatus;
import io.pulsecrm.oltp.customer.SourceChannel;
import io.pulsecrm.oltp.identity.RequiresPermission;
import io.pulsecrm.oltp.pool.PoolRule;
import io.pulsecrm.oltp.pool.PoolRules;
import io.pulsecrm.oltp.pool.PoolService;
import io.pulsecrm.oltp.pool.web.PoolRequests.Assignment;
import io.pulsecrm.oltp.pool.web.PoolRequests.Claim;
import io.pulsecrm.oltp.pool.web.PoolRequests.RuleUpdate;
import io.pulsecrm.oltp.shared.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/pool")
@Tag(name = "Public pool", description = "公海: customers nobody owns, to claim or assign; its recycling rules")
class PoolController {

    private final PoolService pool;
    private final PoolRules rules;

    PoolController(PoolService pool, PoolRules rules) {
        this.pool = pool;
        this.rules = rules;
    }

    @GetMapping
    @RequiresPermission("pool:view")
    @Operation(summary = "A page of the pool, most recent arrivals first (every pool customer: the pool is shared)",
            description = "totalItems stops counting at 10,001")
    PageResponse<CustomerRow> list(@RequestParam(required = false) String q,
            @RequestParam(required = false) CustomerLevel level,
            @RequestParam(required = false) String industry,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) SourceChannel source,
            @RequestParam(required = false) DealStatus dealStatus,
            @RequestParam(defaultValue = "0") @Min(value = 0, message = "must be between 0 and 100000")
            @Max(value = 100_000, message = "must be between 0 and 100000") int page,
            @RequestParam(defaultValue = "20") @Min(value = 1, message = "must be between 1 and 100")
            @Max(value = 100, message = "must be between 1 and 100") int size) {
        return pool.list(new CustomerFilter(q, level, industry, region, source, dealStatus, null, null), page, size);
    }

    @GetMapping("/{id}")
    @RequiresPermission("pool:view")
    @Operation(summary = "One customer of the pool (404 once someone owns it)")
    PoolCustomer get(@PathVariable long id) {
        return PoolCustomer.of(pool.get(id));
    }

    @PostMapping("/claim")
    @RequiresPermission("pool:claim")
    @Operation(summary = "Take pooled customers (领取): all or nothing; 409 naming the claim limit if it would be exceeded, "
            + "409 if any is no longer in the pool")
    Map<String, Integer> claim(@Valid @RequestBody Claim body) {
        return Map.of("claimed", pool.claim(body.ids()));
    }

    @PostMapping("/assign")
    @RequiresPermission("pool:assign")
    @Operation(summary = "Hand pooled customers to someone in the caller's scope (分配): all or nothing")
    Map<String, Integer> assign(@Valid @RequestBody Assignment body) {
        return Map.of("assigned", pool.assign(body.ids(), body.ownerId()));
    }

    @GetMapping("/rules")
    @RequiresPermission("pool:configure")
    @Operation(summary = "The recycling rules and the claim limit")
    PoolRule rules() {
        return rules.current();
    }

    @PutMapping("/rules")
    @RequiresPermission("pool:configure")
    @Operation(summary = "Change the recycling rules and the claim limit (409 if the version is stale)")
    PoolRule updateRules(@Valid @RequestBody RuleUpdate body) {
        return rules.update(body.enabled(), body.daysWithoutFollowUp(), body.daysWithoutDeal(), body.warnDaysBefore(),
                body.claimLimit(), body.version());
    }

    @Schema(name = "PoolCustomer")
    record PoolCustomer(long id, String name, CustomerLevel level, String industry, String region, String address,
                        String phone, String email, String website, SourceChannel source, DealStatus dealStatus,
                        Instant poolEnteredAt, Instant lastFollowUpAt, Instant createdAt, Instant updatedAt, int version) {

        static PoolCustomer of(Customer c) {
            return new PoolCustomer(c.getId(), c.getName(), c.getLevel(), c.getIndustry(), c.getRegion(), c.getAddress(),
                    c.getPhone(), c.getEmail(), c.getWebsite(), c.getSource(), c.getDealStatus(), c.getPoolEnteredAt(),
                    c.getLastFollowUpAt(), c.getCreatedAt(), c.getUpdatedAt(), c.getVersion());
        }
    }
}
