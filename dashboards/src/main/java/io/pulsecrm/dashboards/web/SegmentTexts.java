package io.pulsecrm.dashboards.web;

import java.util.List;

/** The texts the builder's script shows, each {@code segment.js.<key>} in both dictionaries (the page hands them over). */
final class SegmentTexts {

    static final List<String> KEYS = List.of("and", "or", "addCondition", "addGroup", "remove", "feature",
            "operator", "value", "from", "to", "saved", "saving", "saveFailed", "nameRequired", "emptyRule",
            "previewFailed", "loginNeeded", "noCampaign", "targetsAdded", "targetsFailed", "targetsTruncated",
            "noMembers", "loading", "waitingForSegment", "valuesHint", "catalogueFailed", "unavailable", "noAccess",
            "staleVersion", "exportForbidden", "exportFailed");

    private SegmentTexts() {
    }
}
