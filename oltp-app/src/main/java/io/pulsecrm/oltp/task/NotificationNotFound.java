package io.pulsecrm.oltp.task;

import io.pulsecrm.oltp.shared.NotFound;

/** No such notification among the caller's own (someone else's answers the same). */
public final class NotificationNotFound extends NotFound {

    NotificationNotFound(long id) {
        super("notification %d does not exist".formatted(id));
    }

    @Override
    public String code() {
        return "notification-not-found";
    }
}
