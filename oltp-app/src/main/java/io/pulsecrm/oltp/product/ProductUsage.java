package io.pulsecrm.oltp.product;

import java.util.Optional;

/**
 * Implemented by a feature whose lines refer to products, so that a product still in use is not
 * deleted. The dependency points from that feature to this one, never back.
 */
public interface ProductUsage {

    /** What still refers to the product, e.g. {@code "3 contract lines"}; empty when nothing does. */
    Optional<String> describeUseOf(long productId);
}
