package io.pulsecrm.chdb;

import java.io.IOException;
import java.io.InputStream;
import net.jpountz.lz4.LZ4Exception;
import net.jpountz.lz4.LZ4Factory;
import net.jpountz.lz4.LZ4SafeDecompressor;

/**
 * Reads a request body sent as ClickHouse compressed blocks ({@link CompressedBlocks}). Every block's
 * checksum is verified before it is decompressed (the safe decompressor then guards against a forged
 * one), so a damaged or garbage body fails with ClickHouse's error instead of corrupting an insert.
 */
final class CompressedBlockInputStream extends InputStream {

    private static final LZ4SafeDecompressor DECOMPRESSOR = LZ4Factory.fastestInstance().safeDecompressor();

    private final InputStream in;
    private final boolean verifyChecksums;
    private final byte[] header = new byte[CompressedBlocks.CHECKSUM_SIZE + CompressedBlocks.HEADER_SIZE];
    private byte[] data = new byte[0];
    private int position;
    private int limit;
    private boolean eof;

    CompressedBlockInputStream(InputStream in, boolean verifyChecksums) {
        this.in = in;
        this.verifyChecksums = verifyChecksums;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (position == limit) {
            if (eof || !nextBlock()) {
                eof = true;
                return -1;
            }
        }
        int n = Math.min(len, limit - position);
        System.arraycopy(data, position, b, off, n);
        position += n;
        return n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private boolean nextBlock() throws IOException {
        int headerRead = in.readNBytes(header, 0, header.length);
        if (headerRead == 0) {
            return false;
        }
        if (headerRead < header.length) {
            throw error(ClickHouseException.CANNOT_READ_ALL_DATA, "CANNOT_READ_ALL_DATA",
                    "Cannot read all data: the compressed request body ends inside a block header");
        }
        byte method = header[CompressedBlocks.CHECKSUM_SIZE];
        int blockSize = CompressedBlocks.readIntLE(header, CompressedBlocks.CHECKSUM_SIZE + 1);
        int size = CompressedBlocks.readIntLE(header, CompressedBlocks.CHECKSUM_SIZE + 5);
        if (method != CompressedBlocks.METHOD_LZ4 && method != CompressedBlocks.METHOD_NONE) {
            throw error(ClickHouseException.UNKNOWN_COMPRESSION_METHOD, "UNKNOWN_COMPRESSION_METHOD",
                    String.format("Unknown compression method: %02x (this server reads LZ4 and NONE blocks)", method & 0xff));
        }
        if (blockSize < CompressedBlocks.HEADER_SIZE || blockSize > CompressedBlocks.MAX_BLOCK_SIZE
                || size < 0 || size > CompressedBlocks.MAX_BLOCK_SIZE) {
            throw error(ClickHouseException.TOO_LARGE_SIZE_COMPRESSED, "TOO_LARGE_SIZE_COMPRESSED",
                    "Too large size_compressed: " + Integer.toUnsignedString(blockSize) + " or size_decompressed: "
                            + Integer.toUnsignedString(size) + ". Most likely corrupted data.");
        }
        // readNBytes grows as bytes arrive, so a forged size on a short body allocates little.
        byte[] payload = in.readNBytes(blockSize - CompressedBlocks.HEADER_SIZE);
        if (payload.length < blockSize - CompressedBlocks.HEADER_SIZE) {
            throw error(ClickHouseException.CANNOT_READ_ALL_DATA, "CANNOT_READ_ALL_DATA",
                    "Cannot read all data: the compressed request body ends inside a block");
        }
        if (verifyChecksums) {
            verify(payload);
        }
        decode(method, payload, size);
        return true;
    }

    private void verify(byte[] payload) throws ClickHouseIOException {
        byte[] block = new byte[CompressedBlocks.HEADER_SIZE + payload.length];
        System.arraycopy(header, CompressedBlocks.CHECKSUM_SIZE, block, 0, CompressedBlocks.HEADER_SIZE);
        System.arraycopy(payload, 0, block, CompressedBlocks.HEADER_SIZE, payload.length);
        long[] expected = CityHash128.hash(block, 0, block.length);
        if (expected[0] != CompressedBlocks.readLongLE(header, 0) || expected[1] != CompressedBlocks.readLongLE(header, 8)) {
            throw error(ClickHouseException.CHECKSUM_DOESNT_MATCH, "CHECKSUM_DOESNT_MATCH",
                    "Checksum doesn't match: corrupted data. Reference: " + hex(header, 0) + hex(header, 8)
                            + ". Actual: " + hex(expected[0]) + hex(expected[1]) + ". Size of compressed block: " + block.length);
        }
    }

    private void decode(byte method, byte[] payload, int size) throws ClickHouseIOException {
        if (method == CompressedBlocks.METHOD_NONE) {
            if (payload.length != size) {
                throw cannotDecompress("the uncompressed size in the block header does not match its data");
            }
            data = payload;
        } else {
            if (data.length < size) {
                data = new byte[size];
            }
            try {
                int n = DECOMPRESSOR.decompress(payload, 0, payload.length, data, 0, size);
                if (n != size) {
                    throw cannotDecompress("LZ4 data decompressed to " + n + " bytes, the header says " + size);
                }
            } catch (LZ4Exception e) {
                throw cannotDecompress("malformed LZ4 data: " + e.getMessage());
            }
        }
        position = 0;
        limit = size;
    }

    private static ClickHouseIOException cannotDecompress(String detail) {
        return error(ClickHouseException.CANNOT_DECOMPRESS, "CANNOT_DECOMPRESS", "Cannot decompress: " + detail);
    }

    private static ClickHouseIOException error(int code, String name, String message) {
        return new ClickHouseIOException(new ClickHouseException(code, name, message));
    }

    private static String hex(byte[] b, int pos) {
        return hex(CompressedBlocks.readLongLE(b, pos));
    }

    private static String hex(long value) {
        return String.format("%016x", Long.reverseBytes(value));
    }
}
