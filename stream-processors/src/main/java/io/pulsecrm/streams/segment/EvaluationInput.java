package io.pulsecrm.streams.segment;

import io.pulsecrm.streams.rows.SegmentRow;

/**
 * What {@link SegmentEvaluator} reads: a customer's feature inputs (key: customer id; null inputs: the customer is
 * gone) or a segment version broadcast to every task (key: segment id).
 */
record EvaluationInput(FeatureInputs customer, SegmentRow segment) {

    static EvaluationInput ofCustomer(FeatureInputs inputs) {
        return new EvaluationInput(inputs, null);
    }

    static EvaluationInput ofSegment(SegmentRow segment) {
        return new EvaluationInput(null, segment);
    }

    boolean isSegment() {
        return segment != null;
    }
}
