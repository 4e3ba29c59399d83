package io.pulsecrm.streams;

import java.util.Map;
import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Cache;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;
import org.rocksdb.WriteBufferManager;

/**
 * Caps RocksDB's off-heap memory for all state stores of the process together.
 *
 * <p>Every store of every task would otherwise get RocksDB's defaults (16 MB memtables, its own block
 * cache): with a dozen stores per partition that is hundreds of MB next to a 384 MB heap. One shared
 * block cache, which also accounts for the memtables, bounds the total instead.
 */
public final class BoundedRocksDbConfig implements RocksDBConfigSetter {

    private static final long TOTAL_OFF_HEAP_BYTES = 192L * 1024 * 1024;
    /**
     * The memtables of all stores together. With forty-odd stores per partition an 8 MB budget made the write
     * buffer manager flush every few kilobytes: thousands of tiny files, and RocksDB's compaction threads took
     * most of the process's CPU (12 of 15 CPU-seconds while a backlog drained).
     */
    private static final long TOTAL_MEMTABLE_BYTES = 128L * 1024 * 1024;
    private static final long MEMTABLE_BYTES = 8L * 1024 * 1024;
    /**
     * The unit a memtable grows by. RocksDB's default is an eighth of the memtable, 1 MB, and a memtable holding a
     * single entry already counts a whole unit against the write buffer manager. 150 stores (about fifty, three
     * partitions each) then held the budget by existing: it stayed over, and the manager made every write flush its
     * store, however small the memtable. One store wrote 35,000 files in 14 minutes, and RocksDB's flush and
     * compaction threads took more CPU than the stream thread (35 of 66 CPU-seconds while a backlog drained).
     */
    private static final long ARENA_BLOCK_BYTES = 64L * 1024;

    /** Created on first use, after Kafka Streams has loaded the native library. */
    private static final class Shared {
        static {
            RocksDB.loadLibrary();
        }

        static final Cache CACHE = new LRUCache(TOTAL_OFF_HEAP_BYTES, -1, false, 0.1);
        static final WriteBufferManager WRITE_BUFFERS = new WriteBufferManager(TOTAL_MEMTABLE_BYTES, CACHE);
    }

    @Override
    public void setConfig(String storeName, Options options, Map<String, Object> configs) {
        var table = (BlockBasedTableConfig) options.tableFormatConfig();
        table.setBlockCache(Shared.CACHE);
        table.setCacheIndexAndFilterBlocks(true);
        table.setCacheIndexAndFilterBlocksWithHighPriority(true);
        table.setPinTopLevelIndexAndFilter(true);
        options.setWriteBufferManager(Shared.WRITE_BUFFERS);
        options.setWriteBufferSize(MEMTABLE_BYTES);
        options.setMaxWriteBufferNumber(2);
        options.setArenaBlockSize(ARENA_BLOCK_BYTES);
        options.setTableFormatConfig(table);
    }

    @Override
    public void close(String storeName, Options options) {
        // The cache and write-buffer manager are shared by all stores: closing them here would break the others.
    }
}
