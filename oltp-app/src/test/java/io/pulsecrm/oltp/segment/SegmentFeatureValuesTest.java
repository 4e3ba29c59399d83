package io.pulsecrm.oltp.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import io.pulsecrm.oltp.customer.CustomerLevel;
import io.pulsecrm.oltp.customer.SourceChannel;
import io.pulsecrm.segment.Choice;
import io.pulsecrm.segment.Feature;
import org.junit.jupiter.api.Test;

/**
 * The segment features' enum values are the customer's own codes: a source or level added here must be added to
 * segment-rules too, or marketers could not segment by it (and the stream would see values no rule can name).
 */
class SegmentFeatureValuesTest {

    @Test
    void theSourceFeatureOffersEveryCustomerSource() {
        assertThat(Feature.SOURCE.choices()).extracting(Choice::code)
                .containsExactlyElementsOf(Arrays.stream(SourceChannel.values()).map(Enum::name).toList());
        assertThat(Feature.SOURCE.choices()).extracting(c -> c.label().zhCN())
                .containsExactlyElementsOf(Arrays.stream(SourceChannel.values()).map(SourceChannel::label).toList());
    }

    @Test
    void theLevelFeatureOffersEveryCustomerLevel() {
        assertThat(Feature.LEVEL.choices()).extracting(Choice::code)
                .containsExactlyElementsOf(Arrays.stream(CustomerLevel.values()).map(Enum::name).toList());
    }
}
