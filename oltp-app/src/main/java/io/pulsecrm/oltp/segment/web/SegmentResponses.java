package io.pulsecrm.oltp.segment.web;

import java.time.Instant;

import io.pulsecrm.oltp.segment.Segment;
import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.JsonNode;

final class SegmentResponses {

    private SegmentResponses() {
    }

    @Schema(name = "Segment", description = "A marketer's segment; the rule in its canonical JSON")
    record SegmentResponse(long id, String name, String description, JsonNode rule, long ownerId, long ownerDeptId,
                           Instant createdAt, Instant updatedAt, int version) {

        static SegmentResponse of(Segment s) {
            return new SegmentResponse(s.id(), s.name(), s.description(), s.rule().toJson(), s.ownerId(),
                    s.ownerDeptId(), s.createdAt(), s.updatedAt(), s.version());
        }
    }
}
