package io.pulsecrm.segment;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;

/** Rule JSON text in and out. */
final class RuleJson {

    /** Decimals stay exact: an amount such as 0.1 must not pass through a double. */
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private RuleJson() {
    }

    static JsonNode read(String json) {
        if (json == null) {
            throw new RuleInvalid(List.of(new RuleError(RuleParser.ROOT, "is required")));
        }
        try {
            return MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw new RuleInvalid(List.of(new RuleError(RuleParser.ROOT, "is not valid JSON")));
        }
    }

    static String write(JsonNode json) {
        return MAPPER.writeValueAsString(json);
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }
}
