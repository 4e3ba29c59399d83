package io.pulsecrm.oltp.campaign.web;

import java.util.List;
import java.util.Locale;

import io.pulsecrm.oltp.shared.InvalidInput;

import org.springframework.data.domain.Sort;

/** Parses {@code sort=property[,asc|desc]} against the properties a campaign list may be sorted by; id breaks ties. */
final class CampaignSort {

    static final List<String> PROPERTIES = List.of("name", "startDate", "endDate", "budget", "createdAt", "updatedAt");
    /** The latest campaigns first. */
    static final Sort DEFAULT = Sort.by(Sort.Order.desc("startDate"), Sort.Order.desc("id"));

    private CampaignSort() {
    }

    static Sort parse(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT;
        }
        String[] parts = value.split(",");
        String property = parts[0].strip();
        String direction = parts.length > 1 ? parts[1].strip().toLowerCase(Locale.ROOT) : "asc";
        if (!PROPERTIES.contains(property) || parts.length > 2 || !(direction.equals("asc") || direction.equals("desc"))) {
            throw new InvalidSort("use one of %s, optionally followed by ,asc or ,desc".formatted(PROPERTIES));
        }
        Sort.Direction dir = Sort.Direction.fromString(direction);
        return Sort.by(new Sort.Order(dir, property), new Sort.Order(dir, "id"));
    }

    static final class InvalidSort extends InvalidInput {

        InvalidSort(String message) {
            super("sort", message);
        }

        @Override
        public String code() {
            return "invalid-input";
        }
    }
}
