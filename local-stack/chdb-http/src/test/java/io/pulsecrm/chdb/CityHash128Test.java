package io.pulsecrm.chdb;

import static org.assertj.core.api.Assertions.assertThat;

import com.clickhouse.data.ClickHouseCityHash;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CityHash128Test {

    @Test
    void matchesTheChecksumClickHouseJdbcComputesForEveryLengthUpToSeveralBlocks() {
        // given: the driver's implementation, which real ClickHouse servers accept, as the reference
        Random random = new Random(42);
        byte[] data = new byte[1200];
        random.nextBytes(data);

        for (int length = 0; length <= data.length; length++) {
            // when
            long[] ours = CityHash128.hash(data, 3 % Math.max(1, data.length - length + 1), length);
            long[] reference = ClickHouseCityHash.cityHash128(data, 3 % Math.max(1, data.length - length + 1), length);

            // then
            assertThat(ours).as("length %d", length).containsExactly(reference);
        }
    }
}
