package io.pulsecrm.oltp.org.web;

import java.util.List;

import io.pulsecrm.oltp.org.UserFields;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Request bodies of the user endpoints. Limits mirror app_user's columns and checks. */
final class UserRequests {

    private UserRequests() {
    }

    static final String USERNAME = "^[A-Za-z0-9._@-]{2,64}$";
    static final String PHONE = "^[0-9+() -]*$";

    @Schema(name = "NewUser")
    record NewUser(
            @NotNull(message = "is required")
            @Pattern(regexp = USERNAME, message = "must be 2 to 64 letters, digits or . _ @ -") String username,
            @NotBlank(message = "must be 1 to 100 characters") @Size(max = 100, message = "must be 1 to 100 characters")
            String displayName,
            @Size(max = 200, message = "must be at most 200 characters") @Email(message = "must be an email address")
            String email,
            @Size(max = 32, message = "must be at most 32 characters")
            @Pattern(regexp = PHONE, message = "must contain only digits, spaces and + - ( )") String phone,
            @Size(max = 100, message = "must be at most 100 characters") String title,
            @NotNull(message = "is required") @Positive(message = "must be a department id") Long departmentId,
            @Positive(message = "must be a user id") Long managerId,
            @Schema(description = "zh-CN (default) or en")
            @Pattern(regexp = "zh-CN|en", message = "must be zh-CN or en") String locale,
            @NotEmpty(message = "must name at least one role")
            List<@NotNull(message = "must be a role id") @Positive(message = "must be a role id") Long> roleIds,
            @Schema(description = "at least 8 characters (at most 72 bytes), not the username")
            @NotNull(message = "is required") String password) {

        UserFields fields() {
            return new UserFields(displayName, email, phone, title, departmentId, managerId, locale);
        }
    }

    @Schema(name = "UserUpdate", description = "Replaces the editable fields; null email, phone, title or manager clears it, null locale keeps it")
    record UserUpdate(
            @NotBlank(message = "must be 1 to 100 characters") @Size(max = 100, message = "must be 1 to 100 characters")
            String displayName,
            @Size(max = 200, message = "must be at most 200 characters") @Email(message = "must be an email address")
            String email,
            @Size(max = 32, message = "must be at most 32 characters")
            @Pattern(regexp = PHONE, message = "must contain only digits, spaces and + - ( )") String phone,
            @Size(max = 100, message = "must be at most 100 characters") String title,
            @NotNull(message = "is required") @Positive(message = "must be a department id") Long departmentId,
            @Positive(message = "must be a user id") Long managerId,
            @Pattern(regexp = "zh-CN|en", message = "must be zh-CN or en") String locale,
            @NotNull(message = "is required") @PositiveOrZero(message = "must not be negative") Integer version) {

        UserFields fields() {
            return new UserFields(displayName, email, phone, title, departmentId, managerId, locale);
        }
    }

    @Schema(name = "RoleAssignment", description = "Replaces the user's roles")
    record RoleAssignment(
            @NotEmpty(message = "must name at least one role")
            List<@NotNull(message = "must be a role id") @Positive(message = "must be a role id") Long> roleIds,
            @Schema(description = "the user's version the client read; checked when given")
            @PositiveOrZero(message = "must not be negative") Integer version) {
    }

    @Schema(name = "UserVersion", description = "Optional body: the user's version the client read, checked when given")
    record UserVersion(@PositiveOrZero(message = "must not be negative") Integer version) {
    }

    @Schema(name = "Handover")
    record Handover(
            @NotNull(message = "is required") @Positive(message = "must be a user id") Long successorId,
            @Schema(description = "the leaver's version the client read; checked when given")
            @PositiveOrZero(message = "must not be negative") Integer version) {
    }

    @Schema(name = "PasswordReset")
    record PasswordReset(@NotNull(message = "is required") String newPassword) {
    }

    @Schema(name = "PasswordChange")
    record PasswordChange(@NotNull(message = "is required") String currentPassword,
                          @NotNull(message = "is required") String newPassword) {
    }
}
