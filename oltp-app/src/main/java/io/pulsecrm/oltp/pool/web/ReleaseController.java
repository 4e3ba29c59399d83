package io.pulsecrm.oltp.pool.web;

import io.pulsecrm.oltp.identity.RequiresPermission;
import io.pulsecrm.oltp.pool.PoolService;
import io.pulsecrm.oltp.pool.web.PoolRequests.Release;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Public pool")
class ReleaseController {

    private final PoolService pool;

    ReleaseController(PoolService pool) {
        this.pool = pool;
    }

    @PostMapping("/api/v1/customers/{id}/release")
    @RequiresPermission("customer:edit")
    @Operation(summary = "Give the customer up to the public pool (放入公海); 409 while it is locked")
    ResponseEntity<Void> release(@PathVariable long id, @Valid @RequestBody Release body) {
        pool.release(id, body.version(), body.reason());
        return ResponseEntity.noContent().build();
    }
}
