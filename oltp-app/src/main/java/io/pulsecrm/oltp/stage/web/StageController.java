package io.pulsecrm.oltp.stage.web;

import java.net.URI;
import java.util.List;

import io.pulsecrm.oltp.identity.RequiresPermission;
import io.pulsecrm.oltp.stage.StageService;
import io.pulsecrm.oltp.stage.web.StageRequests.NewStage;
import io.pulsecrm.oltp.stage.web.StageRequests.StageUpdate;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/stages")
@Tag(name = "Stages", description = "Opportunity stages (商机阶段) configured by an admin")
class StageController {

    private final StageService stages;

    StageController(StageService stages) {
        this.stages = stages;
    }

    @GetMapping
    @RequiresPermission("opportunity:view")
    @Operation(summary = "All stages in pipeline order (anyone who works deals reads them)")
    List<StageResponse> list() {
        return stages.list().stream().map(StageResponse::of).toList();
    }

    @GetMapping("/{id}")
    @RequiresPermission("opportunity:view")
    @Operation(summary = "One stage")
    StageResponse get(@PathVariable long id) {
        return StageResponse.of(stages.get(id));
    }

    @PostMapping
    @RequiresPermission("stage:configure")
    @Operation(summary = "Define a stage (409 if the name is taken)")
    ResponseEntity<StageResponse> create(@Valid @RequestBody NewStage body) {
        StageResponse created = StageResponse.of(stages.create(body.name(), body.position(), body.winRate(),
                body.forecastCategory()));
        return ResponseEntity.created(URI.create("/api/v1/stages/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @RequiresPermission("stage:configure")
    @Operation(summary = "Rename, reorder, re-rate or re-categorise a stage (409 if the version is stale)")
    StageResponse update(@PathVariable long id, @Valid @RequestBody StageUpdate body) {
        return StageResponse.of(stages.update(id, body.name(), body.position(), body.winRate(),
                body.forecastCategory(), body.version()));
    }

    @DeleteMapping("/{id}")
    @RequiresPermission("stage:configure")
    @Operation(summary = "Delete a stage no opportunity uses (409 otherwise)")
    ResponseEntity<Void> delete(@PathVariable long id) {
        stages.delete(id);
        return ResponseEntity.noContent().build();
    }
}
