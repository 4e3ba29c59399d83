package io.pulsecrm.streams.segment;

/** What {@link SegmentEvaluator} publishes: a customer's features (key: customer id) or a membership change. */
record Evaluated(CustomerFeaturesValue features, SegmentMember member) {

    static Evaluated features(CustomerFeaturesValue features) {
        return new Evaluated(features, null);
    }

    static Evaluated member(SegmentMember member) {
        return new Evaluated(null, member);
    }
}
