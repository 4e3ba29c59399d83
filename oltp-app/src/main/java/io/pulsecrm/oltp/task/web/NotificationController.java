package io.pulsecrm.oltp.task.web;

import io.pulsecrm.oltp.shared.PageResponse;
import io.pulsecrm.oltp.task.NotificationRow;
import io.pulsecrm.oltp.task.Notifications;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's own notifications. No permission guards them: each query is bound to the caller's own user id, so
 * they reveal nothing anyone else owns, and every page's top bar asks for the unread count — a role without
 * {@code task:view} (a marketer) got a 403 there on every page. Notices are not only the schedule's
 * ({@code POOL_WARNING} goes to owners whatever their role).
 */
@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Notifications", description = "The caller's own reminders and notices")
class NotificationController {

    private final Notifications notifications;

    NotificationController(Notifications notifications) {
        this.notifications = notifications;
    }

    record UnreadCount(@Schema(description = "counted up to 10001") long unread) {
    }

    record MarkedRead(int marked) {
    }

    @GetMapping
    @Operation(summary = "A page of the caller's notifications, newest first; totalItems is counted up to 10001")
    PageResponse<NotificationResponse> list(
            @Parameter(description = "only the unread ones") @RequestParam(defaultValue = "false") boolean unread,
            @RequestParam(defaultValue = "0") @Min(value = 0, message = "must be between 0 and 100000")
            @Max(value = 100_000, message = "must be between 0 and 100000") int page,
            @RequestParam(defaultValue = "20") @Min(value = 1, message = "must be between 1 and 100")
            @Max(value = 100, message = "must be between 1 and 100") int size) {
        PageResponse<NotificationRow> found = notifications.list(unread, page, size);
        return new PageResponse<>(found.items().stream().map(NotificationResponse::of).toList(), found.page(),
                found.size(), found.totalItems(), found.totalPages());
    }

    @GetMapping("/unread-count")
    @Operation(summary = "How many of the caller's notifications are unread (the badge)")
    UnreadCount unreadCount() {
        return new UnreadCount(notifications.unreadCount());
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "Mark one of the caller's notifications read (404 for anyone else's)")
    NotificationResponse read(@PathVariable long id) {
        return NotificationResponse.of(notifications.markRead(id));
    }

    @PostMapping("/read-all")
    @Operation(summary = "Mark all the caller's notifications read; answers how many were unread")
    MarkedRead readAll() {
        return new MarkedRead(notifications.markAllRead());
    }
}
