package io.pulsecrm.oltp.org.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Request bodies of the department endpoints. Limits mirror the table's. */
final class DepartmentRequests {

    private DepartmentRequests() {
    }

    @Schema(name = "NewDepartment")
    record NewDepartment(
            @NotNull(message = "is required") @Positive(message = "must be a department id") Long parentId,
            @NotBlank(message = "must be 1 to 100 characters") @Size(max = 100, message = "must be 1 to 100 characters")
            String name,
            @Schema(description = "order among its siblings; omitted: last")
            @PositiveOrZero(message = "must be between 0 and 100000") @Max(value = 100_000, message = "must be between 0 and 100000")
            Integer position) {
    }

    @Schema(name = "DepartmentUpdate", description = "Rename and/or reorder; moving is POST /{id}/move")
    record DepartmentUpdate(
            @NotBlank(message = "must be 1 to 100 characters") @Size(max = 100, message = "must be 1 to 100 characters")
            String name,
            @Schema(description = "order among its siblings; omitted: unchanged")
            @PositiveOrZero(message = "must be between 0 and 100000") @Max(value = 100_000, message = "must be between 0 and 100000")
            Integer position,
            @NotNull(message = "is required") @PositiveOrZero(message = "must not be negative") Integer version) {
    }

    @Schema(name = "DepartmentMove")
    record DepartmentMove(
            @NotNull(message = "is required") @Positive(message = "must be a department id") Long parentId,
            @NotNull(message = "is required") @PositiveOrZero(message = "must not be negative") Integer version) {
    }
}
