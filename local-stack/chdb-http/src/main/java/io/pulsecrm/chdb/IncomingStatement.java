package io.pulsecrm.chdb;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The statement of one request, read from the {@code query} parameter followed by the body (ClickHouse
 * concatenates them). An INSERT with inline data keeps only its header in memory: the data streams
 * into a spool file as it arrives, so a large batch costs no heap and a {@code \n\n} in it is harmless.
 */
sealed interface IncomingStatement extends AutoCloseable permits IncomingStatement.Query, IncomingStatement.Insert {

    @Override
    void close() throws IOException;

    /** Up to this much is read before deciding what the statement is. */
    int FIRST_READ = 64 << 10;

    /** An INSERT's header (everything before its data) must fit in this. */
    int MAX_INSERT_HEADER = 1 << 20;

    /** A statement without inline data; far above chDB's own max_query_size, only to bound memory. */
    int MAX_QUERY = 16 << 20;

    record Query(byte[] sql, StatementInfo info) implements IncomingStatement {
        @Override
        public void close() {}
    }

    record Insert(InsertStatement header, Path dataFile) implements IncomingStatement {
        @Override
        public void close() throws IOException {
            Files.deleteIfExists(dataFile);
        }
    }

    /**
     * @param bodyLength the body's length if known (Content-Length of an unencoded body), else -1; a
     *     small request then costs a buffer of its own size rather than {@link #FIRST_READ}
     */
    static IncomingStatement read(String queryParameter, InputStream body, long bodyLength, Path spoolDir)
            throws IOException, ClickHouseException {
        Buffer buffer = new Buffer();
        if (!queryParameter.isEmpty()) {
            buffer.append((queryParameter + "\n").getBytes(StandardCharsets.UTF_8));
        }
        int firstRead = bodyLength >= 0 && bodyLength < FIRST_READ ? (int) bodyLength + 1 : FIRST_READ;
        boolean complete = buffer.fill(body, firstRead);
        while (true) {
            InsertStatement.Outcome outcome = InsertStatement.parse(buffer.bytes, buffer.length, complete);
            if (outcome instanceof InsertStatement.Inline inline) {
                return spool(inline.statement(), buffer, body, spoolDir);
            }
            if (outcome instanceof InsertStatement.NotInline) {
                break;
            }
            if (buffer.length >= MAX_INSERT_HEADER) {
                throw tooLarge("The INSERT statement before its data is longer than " + MAX_INSERT_HEADER + " bytes");
            }
            complete = buffer.fill(body, Math.max(FIRST_READ, buffer.length));
        }
        while (!complete) {
            if (buffer.length >= MAX_QUERY) {
                throw tooLarge("The query is longer than " + MAX_QUERY + " bytes");
            }
            complete = buffer.fill(body, Math.max(FIRST_READ, buffer.length));
        }
        byte[] sql = Arrays.copyOf(buffer.bytes, buffer.length);
        return new Query(sql, StatementInfo.of(sql, sql.length));
    }

    private static Insert spool(InsertStatement header, Buffer buffer, InputStream body, Path spoolDir) throws IOException {
        Path file = Files.createTempFile(spoolDir, "insert-", ".data");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(buffer.bytes, header.dataStart(), buffer.length - header.dataStart());
            body.transferTo(out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return new Insert(header, file);
    }

    private static ClickHouseException tooLarge(String message) {
        return new ClickHouseException(ClickHouseException.QUERY_IS_TOO_LARGE, "QUERY_IS_TOO_LARGE", message);
    }

    /** A growable byte buffer; {@link #fill} reports whether the body is exhausted. */
    final class Buffer {
        byte[] bytes = new byte[0];
        int length;

        void append(byte[] b) {
            ensure(length + b.length);
            System.arraycopy(b, 0, bytes, length, b.length);
            length += b.length;
        }

        boolean fill(InputStream in, int want) throws IOException {
            ensure(length + want);
            int n = in.readNBytes(bytes, length, want);
            length += n;
            return n < want;
        }

        private void ensure(int capacity) {
            if (bytes.length < capacity) {
                bytes = Arrays.copyOf(bytes, Math.max(capacity, bytes.length * 2));
            }
        }
    }
}
