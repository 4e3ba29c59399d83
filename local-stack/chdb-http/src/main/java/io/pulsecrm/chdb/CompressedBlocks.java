package io.pulsecrm.chdb;

/**
 * ClickHouse's native compressed block framing, used over HTTP for {@code compress=1} (responses) and
 * {@code decompress=1} (request bodies): per block a 16-byte CityHash128 (v1.0.2) of the rest of the block,
 * then method byte, UInt32 LE size of the compressed block including this 9-byte header, UInt32 LE size of
 * the uncompressed data, then the data.
 */
final class CompressedBlocks {

    static final int CHECKSUM_SIZE = 16;
    static final int HEADER_SIZE = 9;
    static final byte METHOD_NONE = 0x02;
    static final byte METHOD_LZ4 = (byte) 0x82;
    static final byte METHOD_ZSTD = (byte) 0x90;

    /** ClickHouse's write buffer size: how much uncompressed data one block holds. */
    static final int BLOCK_SIZE = 1 << 20;

    /** Bigger blocks than ClickHouse itself writes are refused before anything is allocated for them. */
    static final int MAX_BLOCK_SIZE = 128 << 20;

    private CompressedBlocks() {}

    static int readIntLE(byte[] b, int pos) {
        return (b[pos] & 0xff) | (b[pos + 1] & 0xff) << 8 | (b[pos + 2] & 0xff) << 16 | (b[pos + 3] & 0xff) << 24;
    }

    static void writeIntLE(byte[] b, int pos, int value) {
        b[pos] = (byte) value;
        b[pos + 1] = (byte) (value >>> 8);
        b[pos + 2] = (byte) (value >>> 16);
        b[pos + 3] = (byte) (value >>> 24);
    }

    static void writeLongLE(byte[] b, int pos, long value) {
        for (int i = 0; i < 8; i++) {
            b[pos + i] = (byte) (value >>> (8 * i));
        }
    }

    static long readLongLE(byte[] b, int pos) {
        long value = 0;
        for (int i = 7; i >= 0; i--) {
            value = value << 8 | (b[pos + i] & 0xff);
        }
        return value;
    }
}
