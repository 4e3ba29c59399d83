package io.pulsecrm.chdb;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/** Request bodies as ClickHouse reads them: HTTP content encoding, then its own block compression. */
final class RequestBodies {

    private RequestBodies() {}

    /** The body as the statement's bytes: undoes HTTP content encoding, then ClickHouse block compression. */
    static InputStream open(HttpExchange exchange, QueryRequest request) throws IOException {
        InputStream in = exchange.getRequestBody();
        String encoding = exchange.getRequestHeaders().getFirst("Content-Encoding");
        if (encoding != null && !encoding.isBlank() && !encoding.equalsIgnoreCase("identity")) {
            in = switch (encoding.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "gzip", "x-gzip" -> new GZIPInputStream(in);
                case "deflate" -> new InflaterInputStream(in);
                default -> throw new ClickHouseIOException(new ClickHouseException(ClickHouseException.UNKNOWN_COMPRESSION_METHOD,
                        "UNKNOWN_COMPRESSION_METHOD", "Unknown Content-Encoding '" + encoding + "': this server reads gzip and deflate"));
            };
        }
        return request.decompressBody() ? new CompressedBlockInputStream(in, request.verifyBodyChecksums()) : in;
    }

    /** The body's length when it is sent as is (no content encoding, no block compression), else -1. */
    static long plainLength(HttpExchange exchange, QueryRequest request) {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        if (length == null || request.decompressBody() || exchange.getRequestHeaders().containsKey("Content-Encoding")) {
            return -1;
        }
        try {
            return Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** A failure while reading the body, as the error a ClickHouse server would report. */
    static ClickHouseException readError(IOException e) {
        if (e instanceof java.util.zip.ZipException) {
            return new ClickHouseException(ClickHouseException.CANNOT_DECOMPRESS, "CANNOT_DECOMPRESS", "Cannot decompress the request body: " + e.getMessage());
        }
        return new ClickHouseException(ClickHouseException.CANNOT_READ_ALL_DATA, "CANNOT_READ_ALL_DATA", "Cannot read the request: " + e);
    }
}
