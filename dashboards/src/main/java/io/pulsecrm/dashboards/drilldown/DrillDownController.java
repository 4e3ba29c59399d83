package io.pulsecrm.dashboards.drilldown;

import io.pulsecrm.dashboards.access.Viewer;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The deals behind one stage of the pipeline chart. */
@RestController
class DrillDownController {

    private final StageDrillDown drillDown;

    DrillDownController(StageDrillDown drillDown) {
        this.drillDown = drillDown;
    }

    /**
     * Parameters arrive as text and are checked by {@link DealPageRequest}, so every bad one is named in one problem.
     * They pick a stage and a page only; any other parameter (a scope, owners, …) is ignored: what the viewer sees is
     * their scope, decided from their login.
     */
    @GetMapping(path = "/api/v1/charts/pipeline/deals", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<DealPageView> deals(@AuthenticationPrincipal Viewer viewer,
            @RequestParam(required = false) String stageId, @RequestParam(required = false) String page,
            @RequestParam(required = false) String size) {
        var request = DealPageRequest.parse(stageId, page, size);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(drillDown.deals(viewer, request));
    }
}
