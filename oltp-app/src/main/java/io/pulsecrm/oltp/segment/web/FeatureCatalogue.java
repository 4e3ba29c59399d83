package io.pulsecrm.oltp.segment.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.pulsecrm.segment.Choice;
import io.pulsecrm.segment.Feature;
import io.pulsecrm.segment.Label;
import io.pulsecrm.segment.Operator;
import io.pulsecrm.segment.RuleLimits;
import io.swagger.v3.oas.annotations.media.Schema;

/** What the segment builder offers, straight from the rule module, so the UI never drifts from the validation. */
@Schema(name = "SegmentFeatureCatalogue")
record FeatureCatalogue(List<FeatureEntry> features, List<OperatorEntry> operators, Limits limits) {

    static final FeatureCatalogue INSTANCE = new FeatureCatalogue(
            Arrays.stream(Feature.values()).map(FeatureEntry::of).toList(),
            Arrays.stream(Operator.values()).map(OperatorEntry::of).toList(),
            new Limits(RuleLimits.MAX_DEPTH, RuleLimits.MAX_CHILDREN, RuleLimits.MAX_CONDITIONS, RuleLimits.MAX_VALUES,
                    RuleLimits.MAX_TEXT));

    /** Labels by language tag, as the UI's dictionaries are named. */
    static Map<String, String> labels(Label label) {
        return Map.of("zh-CN", label.zhCN(), "en", label.en());
    }

    @Schema(name = "SegmentFeature", description = "A feature a condition may test; values: the codes of an ENUM feature")
    record FeatureEntry(String name, String type, Map<String, String> label, List<String> operators, List<ValueEntry> values) {

        static FeatureEntry of(Feature f) {
            return new FeatureEntry(f.key(), f.type().name(), labels(f.label()),
                    f.type().operators().stream().map(Operator::name).toList(),
                    f.choices().stream().map(ValueEntry::of).toList());
        }
    }

    @Schema(name = "SegmentFeatureValue")
    record ValueEntry(String code, Map<String, String> label) {

        static ValueEntry of(Choice c) {
            return new ValueEntry(c.code(), labels(c.label()));
        }
    }

    @Schema(name = "SegmentOperator", description = "An operator and how many values it takes")
    record OperatorEntry(String code, int minValues, int maxValues, Map<String, String> label) {

        static OperatorEntry of(Operator o) {
            return new OperatorEntry(o.name(), o.minValues(), o.maxValues(), labels(o.label()));
        }
    }

    @Schema(name = "SegmentRuleLimits")
    record Limits(int maxDepth, int maxRulesPerGroup, int maxConditions, int maxValues, int maxTextLength) {
    }
}
