package io.pulsecrm.oltp.org.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.pulsecrm.oltp.identity.RequiresPermission;
import io.pulsecrm.oltp.org.PermissionCatalogue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Roles")
class PermissionController {

    @Schema(name = "PermissionPart", description = "A module or an action with its labels")
    record Labelled(String code, Map<String, String> labels) {
    }

    @Schema(name = "PermissionCatalogue", description = "Every permission is '<module>:<action>' for any module and action")
    record Catalogue(List<Labelled> modules, List<Labelled> actions, List<String> permissions) {
    }

    @GetMapping("/api/v1/permissions")
    @RequiresPermission("org:view")
    @Operation(summary = "The operation permissions a role can grant, with zh-CN and en labels (the role matrix)")
    Catalogue catalogue() {
        return new Catalogue(
                Arrays.stream(PermissionCatalogue.Module.values())
                        .map(m -> new Labelled(m.code(), Map.of("zh-CN", m.zh(), "en", m.en()))).toList(),
                Arrays.stream(PermissionCatalogue.Action.values())
                        .map(a -> new Labelled(a.code(), Map.of("zh-CN", a.zh(), "en", a.en()))).toList(),
                List.copyOf(PermissionCatalogue.all()));
    }
}
