package io.pulsecrm.chdb;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** ClickHouse's HTTP interface: {@code /} and {@code /ping} health checks, queries on {@code /}. */
final class QueryHandler implements HttpHandler {

    private static final Logger log = LoggerFactory.getLogger(QueryHandler.class);
    private static final String OK = "Ok.\n";

    private final ChdbEngine engine;
    private final Path spoolDir;
    private final Responses responses;

    QueryHandler(ChdbEngine engine, Path spoolDir, ServerInfo server) {
        this.engine = engine;
        this.spoolDir = spoolDir;
        this.responses = new Responses(server);
    }

    @Override
    public void handle(HttpExchange exchange) {
        try (exchange) {
            route(exchange);
        } catch (IOException e) {
            log.debug("Client connection failed: {}", e.toString());
        } catch (RuntimeException | Error e) {
            log.error("Request failed unexpectedly", e);
            sendIfPossible(exchange, null, new ClickHouseException(ClickHouseException.UNKNOWN_EXCEPTION, "UNKNOWN_EXCEPTION",
                    "Internal error of the chDB HTTP server: " + e));
        }
    }

    private void route(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        if (path.equals("/ping")) {
            responses.text(exchange, 200, OK);
            return;
        }
        if (!path.equals("/") && !path.equals("/query")) {
            responses.text(exchange, 404, "There is no handle " + path + "\n\nUse / or /ping for health checks.\n");
            return;
        }
        boolean hasQuery = exchange.getRequestURI().getRawQuery() != null
                && QueryRequest.decode(exchange.getRequestURI().getRawQuery()).containsKey("query");
        if ((method.equals("GET") || method.equals("HEAD")) && !hasQuery) {
            responses.text(exchange, 200, OK);
            return;
        }
        if (!method.equals("GET") && !method.equals("POST") && !method.equals("HEAD")) {
            responses.text(exchange, 405, "Method " + method + " is not allowed\n");
            return;
        }
        query(exchange);
    }

    private void query(HttpExchange exchange) throws IOException {
        long started = System.nanoTime();
        QueryRequest request;
        try {
            request = QueryRequest.of(exchange.getRequestMethod(), exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders());
        } catch (ClickHouseException e) {
            responses.error(exchange, "", e);
            return;
        }
        try (IncomingStatement statement = IncomingStatement.read(request.queryText(), RequestBodies.open(exchange, request), RequestBodies.plainLength(exchange, request), spoolDir)) {
            if (log.isTraceEnabled()) {
                log.trace("Query {} {} {} headers {}: {}", request.queryId(), exchange.getRequestMethod(), exchange.getRequestURI(),
                        exchange.getRequestHeaders().entrySet(), describe(statement));
            }
            run(exchange, request, statement);
            log.debug("Query {} done in {} us", request.queryId(), (System.nanoTime() - started) / 1_000);
        } catch (ClickHouseIOException e) {
            fail(exchange, request, e.error());
        } catch (ClickHouseException e) {
            fail(exchange, request, e);
        } catch (IOException e) {
            if (exchange.getResponseCode() != -1) {
                log.debug("Query {}: the client went away while the response was sent: {}", request.queryId(), e.toString());
            } else {
                // Reading the body failed: bad gzip, connection cut mid-body.
                fail(exchange, request, RequestBodies.readError(e));
            }
        }
    }

    private void run(HttpExchange exchange, QueryRequest request, IncomingStatement statement) throws IOException, ClickHouseException {
        switch (statement) {
            case IncomingStatement.Query query -> runQuery(exchange, request, query);
            case IncomingStatement.Insert insert -> {
                requireWritable(request);
                byte[] sql = insert.header().toInfileSql(insert.dataFile()).getBytes(StandardCharsets.UTF_8);
                respond(exchange, request, request.defaultFormat(), sql);
            }
        }
    }

    private void runQuery(HttpExchange exchange, QueryRequest request, IncomingStatement.Query query) throws IOException, ClickHouseException {
        StatementInfo info = query.info();
        if (info.isEmpty()) {
            throw ClickHouseException.syntaxError("Empty query");
        }
        if (info.multiStatement()) {
            throw ClickHouseException.syntaxError("Multi-statements are not allowed");
        }
        if (!info.isReadOnly()) {
            requireWritable(request);
        }
        if (info.isSessionOnly()) {
            responses.result(exchange, request, request.defaultFormat(), EngineResult.EMPTY);
            return;
        }
        String format = info.outputFormat() != null ? info.outputFormat() : request.defaultFormat();
        respond(exchange, request, format, query.sql());
    }

    private void respond(HttpExchange exchange, QueryRequest request, String format, byte[] sql) throws IOException, ClickHouseException {
        EngineQuery engineQuery = new EngineQuery(request.database(), request.settings(), sql, request.defaultFormat(), request.parameters());
        long engineStart = System.nanoTime();
        try (EngineResult result = engine.execute(engineQuery)) {
            long engineDone = System.nanoTime();
            responses.result(exchange, request, format, result);
            log.debug("Query {}: engine {} us, response {} us", request.queryId(), (engineDone - engineStart) / 1000, (System.nanoTime() - engineDone) / 1000);
        }
    }

    private static String describe(IncomingStatement statement) {
        return switch (statement) {
            case IncomingStatement.Query query -> {
                String sql = new String(query.sql(), StandardCharsets.UTF_8);
                yield sql.length() > 300 ? sql.substring(0, 300) + "..." : sql;
            }
            case IncomingStatement.Insert insert -> insert.header() + " data file " + insert.dataFile();
        };
    }

    private static void requireWritable(QueryRequest request) throws ClickHouseException {
        if (request.readOnly()) {
            throw new ClickHouseException(ClickHouseException.READONLY, "READONLY",
                    "Cannot execute query in readonly mode. For queries over HTTP, method GET implies readonly."
                            + " You should use method POST for modifying queries");
        }
    }

    private void fail(HttpExchange exchange, QueryRequest request, ClickHouseException error) {
        if (error.httpStatus() >= 500) {
            log.warn("Query {} failed: {} ({})", request.queryId(), error.getMessage(), error.name());
        } else {
            log.info("Query {} rejected: {} ({})", request.queryId(), error.getMessage(), error.name());
        }
        sendIfPossible(exchange, request.queryId(), error);
    }

    /** Once the status line is out an error can no longer be reported; the client sees a broken body. */
    private void sendIfPossible(HttpExchange exchange, String queryId, ClickHouseException error) {
        if (exchange.getResponseCode() != -1) {
            return;
        }
        try {
            responses.error(exchange, queryId == null ? "" : queryId, error);
        } catch (IOException e) {
            log.debug("Could not send the error to the client: {}", e.toString());
        }
    }
}
