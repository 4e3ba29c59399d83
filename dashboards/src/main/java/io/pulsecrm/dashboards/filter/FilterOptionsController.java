package io.pulsecrm.dashboards.filter;

import io.pulsecrm.dashboards.access.Viewer;
import io.pulsecrm.dashboards.access.ViewerAccess;
import io.pulsecrm.dashboards.pipeline.WarehouseUnavailable;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The department tree and employee switch of the viewer: only what their scope covers. */
@RestController
class FilterOptionsController {

    private final ViewerAccess access;
    private final DirectorySource directory;

    FilterOptionsController(ViewerAccess access, DirectorySource directory) {
        this.access = access;
        this.directory = directory;
    }

    @GetMapping(path = "/api/v1/dashboard/filters", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<FilterOptions> options(@AuthenticationPrincipal Viewer viewer) {
        var scope = WarehouseUnavailable.read(() -> access.scopeOf(viewer));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(FilterOptions.of(scope, directory.directory()));
    }
}
