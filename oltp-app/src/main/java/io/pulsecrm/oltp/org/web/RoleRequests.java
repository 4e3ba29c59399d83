package io.pulsecrm.oltp.org.web;

import java.util.List;

import io.pulsecrm.scope.DataScope;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Request bodies of the role endpoints. Permissions are checked against the catalogue by the service. */
final class RoleRequests {

    private RoleRequests() {
    }

    @Schema(name = "NewRole")
    record NewRole(
            @NotBlank(message = "must be 1 to 64 characters") @Size(max = 64, message = "must be 1 to 64 characters")
            String name,
            @Size(max = 500, message = "must be at most 500 characters") String description,
            @NotNull(message = "is required") DataScope dataScope,
            @Schema(description = "the departments of a CUSTOM scope; empty for every other scope")
            List<Long> departmentIds,
            @Schema(description = "'<module>:<action>' strings from GET /api/v1/permissions; may be empty")
            @NotNull(message = "is required") List<String> permissions) {
    }

    @Schema(name = "RoleUpdate", description = "Replaces name, description, scope and permissions")
    record RoleUpdate(
            @NotBlank(message = "must be 1 to 64 characters") @Size(max = 64, message = "must be 1 to 64 characters")
            String name,
            @Size(max = 500, message = "must be at most 500 characters") String description,
            @NotNull(message = "is required") DataScope dataScope,
            List<Long> departmentIds,
            @NotNull(message = "is required") List<String> permissions,
            @NotNull(message = "is required") @PositiveOrZero(message = "must not be negative") Integer version) {
    }
}
