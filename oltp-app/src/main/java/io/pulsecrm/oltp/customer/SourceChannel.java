package io.pulsecrm.oltp.customer;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a lead or customer came from (来源), the same list as campaign channels in V3. Each has
 * the Chinese label users type in spreadsheets; imports accept either.
 */
public enum SourceChannel {
    SEARCH("搜索"), SOCIAL("社交"), EMAIL("邮件"), EVENT("活动"), EXHIBITION("展会"), REFERRAL("转介绍"),
    WEBSITE("官网"), ADVERTISING("广告"), TELEMARKETING("电话营销"), OTHER("其他");

    private final String label;

    SourceChannel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The channel named by its code (any case) or its Chinese label. */
    public static Optional<SourceChannel> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.strip();
        return Arrays.stream(values())
                .filter(c -> c.name().equals(value.toUpperCase(Locale.ROOT)) || c.label.equals(value))
                .findFirst();
    }
}
