package io.pulsecrm.oltp.stage;

import java.util.Optional;

/**
 * Implemented by a feature whose records refer to stages, so that a stage still in use is not
 * deleted. The dependency points from that feature to this one, never back.
 */
public interface StageUsage {

    /** What still refers to the stage, e.g. {@code "12 opportunities"}; empty when nothing does. */
    Optional<String> describeUseOf(long stageId);
}
