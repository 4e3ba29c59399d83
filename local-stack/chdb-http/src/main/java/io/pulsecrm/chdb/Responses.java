package io.pulsecrm.chdb;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Writes responses with the headers clickhouse-jdbc reads. */
final class Responses {

    private static final int COPY_CHUNK = 64 << 10;

    private final ServerInfo server;

    Responses(ServerInfo server) {
        this.server = server;
    }

    void result(HttpExchange exchange, QueryRequest request, String format, EngineResult result) throws IOException {
        Headers headers = commonHeaders(exchange, request.queryId());
        headers.set("X-ClickHouse-Format", format);
        headers.set("Content-Type", contentType(format));
        headers.set("X-ClickHouse-Summary", result.summary().toHeader());
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        if (head || result.length() == 0) {
            exchange.sendResponseHeaders(200, -1);
            return;
        }
        if (request.compressResponse()) {
            exchange.sendResponseHeaders(200, 0);
            try (CompressedBlockOutputStream out = new CompressedBlockOutputStream(exchange.getResponseBody())) {
                for (long offset = 0; offset < result.length(); ) {
                    ByteBuffer window = result.window(offset);
                    offset += window.remaining();
                    out.writeBlocks(window);
                }
            }
        } else {
            exchange.sendResponseHeaders(200, result.length());
            try (OutputStream out = exchange.getResponseBody()) {
                for (long offset = 0; offset < result.length(); ) {
                    ByteBuffer window = result.window(offset);
                    offset += window.remaining();
                    copy(window, out);
                }
            }
        }
    }

    /**
     * The error as plain text even when the client asked for compression: ClickHouse does the same
     * when nothing was sent yet, and clickhouse-jdbc falls back to reading the body raw.
     */
    void error(HttpExchange exchange, String queryId, ClickHouseException error) throws IOException {
        Headers headers = commonHeaders(exchange, queryId);
        headers.set("X-ClickHouse-Exception-Code", Integer.toString(error.code()));
        headers.set("Content-Type", "text/plain; charset=UTF-8");
        text(exchange, error.httpStatus(), error.toResponseBody(server.version()));
    }

    void text(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (!exchange.getResponseHeaders().containsKey("Content-Type")) {
            exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=UTF-8");
        }
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private Headers commonHeaders(HttpExchange exchange, String queryId) {
        Headers headers = exchange.getResponseHeaders();
        headers.set("X-ClickHouse-Query-Id", queryId);
        headers.set("X-ClickHouse-Timezone", server.timezone());
        headers.set("X-ClickHouse-Server-Display-Name", server.displayName());
        return headers;
    }

    private static void copy(ByteBuffer data, OutputStream out) throws IOException {
        byte[] chunk = new byte[(int) Math.min(COPY_CHUNK, data.remaining())];
        while (data.hasRemaining()) {
            int n = Math.min(chunk.length, data.remaining());
            data.get(chunk, 0, n);
            out.write(chunk, 0, n);
        }
    }

    static String contentType(String format) {
        String f = format.toLowerCase(Locale.ROOT);
        if (f.startsWith("tabseparated") || f.startsWith("tsv")) {
            return "text/tab-separated-values; charset=UTF-8";
        }
        if (f.startsWith("csv")) {
            return "text/csv; charset=UTF-8";
        }
        if (f.startsWith("json")) {
            return "application/json; charset=UTF-8";
        }
        if (f.equals("xml")) {
            return "application/xml; charset=UTF-8";
        }
        if (f.startsWith("pretty") || f.equals("vertical") || f.equals("markdown") || f.equals("values")) {
            return "text/plain; charset=UTF-8";
        }
        return "application/octet-stream";
    }
}
