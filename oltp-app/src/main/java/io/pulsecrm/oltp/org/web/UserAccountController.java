package io.pulsecrm.oltp.org.web;

import io.pulsecrm.oltp.identity.RequiresPermission;
import io.pulsecrm.oltp.org.PasswordService;
import io.pulsecrm.oltp.org.UserLifecycle;
import io.pulsecrm.oltp.org.web.UserRequests.Handover;
import io.pulsecrm.oltp.org.web.UserRequests.PasswordChange;
import io.pulsecrm.oltp.org.web.UserRequests.PasswordReset;
import io.pulsecrm.oltp.org.web.UserRequests.UserVersion;
import io.pulsecrm.oltp.org.web.UserResponses.HandoverResponse;
import io.pulsecrm.oltp.org.web.UserResponses.UserResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What happens to an account: disable, enable, hand over, passwords and lockouts. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Users")
class UserAccountController {

    private final UserLifecycle lifecycle;
    private final PasswordService passwords;

    UserAccountController(UserLifecycle lifecycle, PasswordService passwords) {
        this.lifecycle = lifecycle;
        this.passwords = passwords;
    }

    @PostMapping("/users/{id}/disable")
    @RequiresPermission("org:configure")
    @Operation(summary = "Disable a user: their sessions end and their token is refused at once (never yourself)")
    UserResponse disable(@PathVariable long id, @Valid @RequestBody(required = false) UserVersion body) {
        return UserResponse.of(lifecycle.disable(id, body == null ? null : body.version()));
    }

    @PostMapping("/users/{id}/enable")
    @RequiresPermission("org:configure")
    @Operation(summary = "Enable a disabled user again")
    UserResponse enable(@PathVariable long id, @Valid @RequestBody(required = false) UserVersion body) {
        return UserResponse.of(lifecycle.enable(id, body == null ? null : body.version()));
    }

    @PostMapping("/users/{id}/handover")
    @RequiresPermission("org:configure")
    @Operation(summary = "A leaver hands every record they own to a successor and is disabled, in one transaction")
    HandoverResponse handover(@PathVariable long id, @Valid @RequestBody Handover body) {
        return HandoverResponse.of(id, body.successorId(), lifecycle.handover(id, body.successorId(), body.version()));
    }

    @PostMapping("/users/{id}/password")
    @RequiresPermission("org:configure")
    @Operation(summary = "Set a new password for a user; also unlocks the account and ends their sessions")
    ResponseEntity<Void> resetPassword(@PathVariable long id, @Valid @RequestBody PasswordReset body) {
        passwords.reset(id, body.newPassword());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/users/{id}/unlock")
    @RequiresPermission("org:configure")
    @Operation(summary = "Unlock a user locked after repeated failed logins")
    ResponseEntity<Void> unlock(@PathVariable long id) {
        passwords.unlock(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/me/password")
    @Operation(summary = "Change your own password; your other sessions end, this one goes on")
    ResponseEntity<Void> changeOwn(@Valid @RequestBody PasswordChange body) {
        passwords.changeOwn(body.currentPassword(), body.newPassword());
        return ResponseEntity.noContent().build();
    }
}
