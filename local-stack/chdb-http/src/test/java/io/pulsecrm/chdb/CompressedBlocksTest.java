package io.pulsecrm.chdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clickhouse.client.api.internal.ClickHouseLZ4InputStream;
import com.clickhouse.client.api.internal.ClickHouseLZ4OutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Random;
import net.jpountz.lz4.LZ4Factory;
import org.junit.jupiter.api.Test;

class CompressedBlocksTest {

    private static final LZ4Factory LZ4 = LZ4Factory.fastestInstance();

    @Test
    void responseBlocksAreReadableByClickHouseJdbc() throws IOException {
        // given: more than two blocks of partly compressible data
        byte[] data = sample(2 * CompressedBlocks.BLOCK_SIZE + 12345);

        // when
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        try (CompressedBlockOutputStream out = new CompressedBlockOutputStream(wire)) {
            out.writeBlocks(ByteBuffer.allocateDirect(data.length).put(data).flip());
        }
        byte[] decoded = new ClickHouseLZ4InputStream(new ByteArrayInputStream(wire.toByteArray()), LZ4.fastDecompressor(), 8192)
                .readAllBytes();

        // then
        assertThat(decoded).isEqualTo(data);
    }

    @Test
    void smallWritesAreCollectedIntoBlocksReadableByClickHouseJdbc() throws IOException {
        // given
        byte[] data = sample(CompressedBlocks.BLOCK_SIZE + 777);

        // when: written in uneven pieces
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        try (CompressedBlockOutputStream out = new CompressedBlockOutputStream(wire)) {
            for (int off = 0; off < data.length; off += 10_007) {
                out.write(data, off, Math.min(10_007, data.length - off));
            }
        }
        byte[] decoded = new ClickHouseLZ4InputStream(new ByteArrayInputStream(wire.toByteArray()), LZ4.fastDecompressor(), 8192)
                .readAllBytes();

        // then
        assertThat(decoded).isEqualTo(data);
    }

    @Test
    void requestBodiesCompressedByClickHouseJdbcAreDecoded() throws IOException {
        // given
        byte[] data = sample(300_000);
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        try (ClickHouseLZ4OutputStream out = new ClickHouseLZ4OutputStream(wire, LZ4.fastCompressor(), 65536)) {
            out.write(data);
        }

        // when
        byte[] decoded = new CompressedBlockInputStream(new ByteArrayInputStream(wire.toByteArray()), true).readAllBytes();

        // then
        assertThat(decoded).isEqualTo(data);
    }

    @Test
    void aFlippedBitIsReportedAsChecksumMismatch() throws IOException {
        // given
        byte[] wire = compress(sample(5000));
        wire[40] ^= 1;

        // when / then
        assertThatThrownBy(() -> new CompressedBlockInputStream(new ByteArrayInputStream(wire), true).readAllBytes())
                .isInstanceOfSatisfying(ClickHouseIOException.class, e -> assertThat(e.error().name()).isEqualTo("CHECKSUM_DOESNT_MATCH"));
    }

    @Test
    void garbageIsRejectedWithoutAllocatingWhatItsHeaderClaims() {
        // given: random bytes whose "header" claims a huge block
        byte[] garbage = sample(100);
        garbage[16] = (byte) 0x82;
        garbage[17] = garbage[18] = garbage[19] = garbage[20] = (byte) 0x7f;

        // when / then
        assertThatThrownBy(() -> new CompressedBlockInputStream(new ByteArrayInputStream(garbage), true).readAllBytes())
                .isInstanceOfSatisfying(ClickHouseIOException.class, e -> assertThat(e.error().name()).isEqualTo("TOO_LARGE_SIZE_COMPRESSED"));
    }

    @Test
    void aBodyCutInsideABlockIsReportedAsIncomplete() throws IOException {
        // given
        byte[] wire = compress(sample(5000));
        byte[] cut = java.util.Arrays.copyOf(wire, wire.length - 3);

        // when / then
        assertThatThrownBy(() -> new CompressedBlockInputStream(new ByteArrayInputStream(cut), true).readAllBytes())
                .isInstanceOfSatisfying(ClickHouseIOException.class, e -> assertThat(e.error().name()).isEqualTo("CANNOT_READ_ALL_DATA"));
    }

    @Test
    void anUnknownMethodByteIsReportedAsUnknownCompressionMethod() throws IOException {
        // given
        byte[] wire = compress(sample(100));
        wire[16] = (byte) 0x90;

        // when / then
        assertThatThrownBy(() -> new CompressedBlockInputStream(new ByteArrayInputStream(wire), true).readAllBytes())
                .isInstanceOfSatisfying(ClickHouseIOException.class, e -> assertThat(e.error().name()).isEqualTo("UNKNOWN_COMPRESSION_METHOD"));
    }

    private static byte[] compress(byte[] data) throws IOException {
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        try (CompressedBlockOutputStream out = new CompressedBlockOutputStream(wire)) {
            out.write(data);
        }
        return wire.toByteArray();
    }

    private static byte[] sample(int length) {
        byte[] data = new byte[length];
        Random random = new Random(length);
        for (int i = 0; i < length; i++) {
            data[i] = (byte) (i % 7 == 0 ? random.nextInt() : 'a' + i % 13);
        }
        return data;
    }
}
