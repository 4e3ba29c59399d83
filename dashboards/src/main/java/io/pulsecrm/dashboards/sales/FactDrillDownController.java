package io.pulsecrm.dashboards.sales;

import io.pulsecrm.dashboards.access.Viewer;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The rows behind any figure of the sales widgets; the figure's widget says which parameters (its {@link Drill}, or
 * for the funnel and campaign ROI its {@link FunnelRoiDrill}).
 */
@RestController
class FactDrillDownController {

    private final FactDrillDown drillDown;
    private final FunnelRoiDrillDown funnelRoi;

    FactDrillDownController(FactDrillDown drillDown, FunnelRoiDrillDown funnelRoi) {
        this.drillDown = drillDown;
        this.funnelRoi = funnelRoi;
    }

    @GetMapping(path = "/api/v1/drill", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<FactPageView> drill(@AuthenticationPrincipal Viewer viewer,
            @RequestParam(required = false) String fact, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String owner,
            @RequestParam(required = false) String department, @RequestParam(required = false) String category,
            @RequestParam(required = false) String dept, @RequestParam(required = false) String emp,
            @RequestParam(required = false) String page, @RequestParam(required = false) String size,
            @RequestParam(required = false) String step, @RequestParam(required = false) String stage,
            @RequestParam(required = false) String campaign, @RequestParam(required = false) String roi) {
        var funnelOrRoi = FunnelRoiFact.named(fact);
        if (funnelOrRoi.isPresent()) {
            var request = FunnelRoiDrillRequest.parse(funnelOrRoi.get(), from, to, step, stage, campaign, roi, dept, emp,
                    page, size);
            return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(funnelRoi.records(viewer, request));
        }
        var request = DrillRequest.parse(fact, from, to, owner, department, category, dept, emp, page, size);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(drillDown.records(viewer, request));
    }
}
