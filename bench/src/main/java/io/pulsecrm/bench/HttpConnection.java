package io.pulsecrm.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * One persistent HTTP/1.1 connection, used by one thread at a time.
 *
 * <p>The load generator runs on the same two cores as the system it measures, so every cycle it spends is
 * taken from the stack: a blocking keep-alive connection per worker costs a fraction of what an
 * asynchronous client with its selector and future chains does per request.
 */
final class HttpConnection implements AutoCloseable {

    record Response(int status, String body) {
    }

    private final String host;
    private final int port;
    private final String extraHeaders;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    /** @param extraHeaders lines such as {@code "X-Name: value\r\n"} sent with every request */
    HttpConnection(URI base, String extraHeaders) {
        this.host = base.getHost();
        this.port = base.getPort() > 0 ? base.getPort() : 80;
        this.extraHeaders = extraHeaders;
    }

    Response send(String method, String pathAndQuery, String body) throws IOException {
        try {
            return exchange(method, pathAndQuery, body);
        } catch (IOException firstAttempt) {
            // The server may have closed an idle keep-alive connection: one retry on a fresh one.
            close();
            return exchange(method, pathAndQuery, body);
        }
    }

    private Response exchange(String method, String pathAndQuery, String body) throws IOException {
        if (socket == null) {
            connect();
        }
        byte[] payload = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        String head = method + " " + pathAndQuery + " HTTP/1.1\r\n"
                + "Host: " + host + ":" + port + "\r\n"
                + "Content-Type: application/json\r\n"
                + "Accept: application/json\r\n"
                + extraHeaders
                + "Content-Length: " + payload.length + "\r\n\r\n";
        out.write(head.getBytes(StandardCharsets.ISO_8859_1));
        out.write(payload);
        out.flush();
        return readResponse();
    }

    private Response readResponse() throws IOException {
        String statusLine = readLine();
        if (statusLine == null || !statusLine.startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP response: " + statusLine);
        }
        int status = Integer.parseInt(statusLine.substring(9, 12));
        long contentLength = -1;
        boolean chunked = false;
        boolean close = false;
        for (String line = readLine(); line != null && !line.isEmpty(); line = readLine()) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = line.substring(0, colon).trim();
            String value = line.substring(colon + 1).trim();
            if (name.equalsIgnoreCase("Content-Length")) {
                contentLength = Long.parseLong(value);
            } else if (name.equalsIgnoreCase("Transfer-Encoding") && value.equalsIgnoreCase("chunked")) {
                chunked = true;
            } else if (name.equalsIgnoreCase("Connection") && value.equalsIgnoreCase("close")) {
                close = true;
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (status == 204 || status == 304 || status < 200) {
            // No body by definition, and no Content-Length either: reading to EOF would wait for the server to
            // drop the keep-alive connection, and the retry on a fresh one would send the request twice.
        } else if (chunked) {
            for (long size = chunkSize(); size > 0; size = chunkSize()) {
                copy(size, body);
                readLine();
            }
            while (!readLine().isEmpty()) { // trailers
            }
        } else if (contentLength >= 0) {
            copy(contentLength, body);
        } else {
            in.transferTo(body);
            close = true;
        }
        if (close) {
            close();
        }
        return new Response(status, body.toString(StandardCharsets.UTF_8));
    }

    private long chunkSize() throws IOException {
        String line = readLine();
        int ext = line.indexOf(';');
        return Long.parseLong((ext < 0 ? line : line.substring(0, ext)).trim(), 16);
    }

    private void copy(long n, ByteArrayOutputStream to) throws IOException {
        byte[] buf = new byte[8192];
        while (n > 0) {
            int r = in.read(buf, 0, (int) Math.min(buf.length, n));
            if (r < 0) {
                throw new IOException("connection closed in the middle of a response body");
            }
            to.write(buf, 0, r);
            n -= r;
        }
    }

    private String readLine() throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                if (line.isEmpty()) {
                    throw new IOException("connection closed by the server");
                }
                break;
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    private void connect() throws IOException {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(new InetSocketAddress(host, port), 5_000);
        socket.setSoTimeout(60_000);
        in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
        out = socket.getOutputStream();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a broken connection: nothing left to do
            }
            socket = null;
        }
    }
}
