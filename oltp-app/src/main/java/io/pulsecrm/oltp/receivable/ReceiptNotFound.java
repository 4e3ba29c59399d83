package io.pulsecrm.oltp.receivable;

import io.pulsecrm.oltp.shared.NotFound;

public final class ReceiptNotFound extends NotFound {

    ReceiptNotFound(long id) {
        super("receipt %d does not exist".formatted(id));
    }

    @Override
    public String code() {
        return "receipt-not-found";
    }
}
