package io.pulsecrm.segment;

import java.util.Objects;

/** A text shown to users in both of the CRM's languages. */
public record Label(String zhCN, String en) {

    public Label {
        Objects.requireNonNull(zhCN, "zhCN");
        Objects.requireNonNull(en, "en");
    }
}
