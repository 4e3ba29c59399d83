package io.pulsecrm.chdb;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import net.jpountz.lz4.LZ4Compressor;
import net.jpountz.lz4.LZ4Factory;

/** Writes data as ClickHouse LZ4 blocks ({@link CompressedBlocks}) of up to 1 MiB each. */
final class CompressedBlockOutputStream extends OutputStream {

    private static final LZ4Compressor COMPRESSOR = LZ4Factory.fastestInstance().fastCompressor();

    private final OutputStream out;
    /** Collects small writes into a block; allocated on first use, since a result is written in one go. */
    private byte[] pending;
    private int pendingLength;
    private byte[] block = new byte[0];

    CompressedBlockOutputStream(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (pending == null) {
            pending = new byte[CompressedBlocks.BLOCK_SIZE];
        }
        while (len > 0) {
            int n = Math.min(len, pending.length - pendingLength);
            System.arraycopy(b, off, pending, pendingLength, n);
            pendingLength += n;
            off += n;
            len -= n;
            if (pendingLength == pending.length) {
                flushPending();
            }
        }
    }

    /**
     * Writes all of {@code data} as blocks now, compressing straight from it (e.g. chDB's native result
     * memory) without copying it first.
     */
    void writeBlocks(ByteBuffer data) throws IOException {
        flushPending();
        while (data.hasRemaining()) {
            int n = Math.min(data.remaining(), CompressedBlocks.BLOCK_SIZE);
            writeBlock(data, data.position(), n);
            data.position(data.position() + n);
        }
    }

    @Override
    public void flush() throws IOException {
        flushPending();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        flushPending();
        out.close();
    }

    private void flushPending() throws IOException {
        if (pendingLength > 0) {
            writeBlock(ByteBuffer.wrap(pending), 0, pendingLength);
            pendingLength = 0;
        }
    }

    private void writeBlock(ByteBuffer src, int offset, int length) throws IOException {
        int prefix = CompressedBlocks.CHECKSUM_SIZE + CompressedBlocks.HEADER_SIZE;
        int capacity = prefix + COMPRESSOR.maxCompressedLength(length);
        if (block.length < capacity) {
            block = new byte[capacity];
        }
        int compressed = COMPRESSOR.compress(src, offset, length, ByteBuffer.wrap(block), prefix, capacity - prefix);
        int blockSize = CompressedBlocks.HEADER_SIZE + compressed;
        block[CompressedBlocks.CHECKSUM_SIZE] = CompressedBlocks.METHOD_LZ4;
        CompressedBlocks.writeIntLE(block, CompressedBlocks.CHECKSUM_SIZE + 1, blockSize);
        CompressedBlocks.writeIntLE(block, CompressedBlocks.CHECKSUM_SIZE + 5, length);
        long[] checksum = CityHash128.hash(block, CompressedBlocks.CHECKSUM_SIZE, blockSize);
        CompressedBlocks.writeLongLE(block, 0, checksum[0]);
        CompressedBlocks.writeLongLE(block, 8, checksum[1]);
        out.write(block, 0, CompressedBlocks.CHECKSUM_SIZE + blockSize);
    }
}
