package io.pulsecrm.segment;

import java.util.Objects;

/** One allowed value of an {@link FeatureType#ENUM} feature: the code stored in the data and its label. */
public record Choice(String code, Label label) {

    public Choice {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
    }

    static Choice of(String code, String zhCN, String en) {
        return new Choice(code, new Label(zhCN, en));
    }
}
