package org.explainer.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The open server-sent-event streams, one per open page. A stream that cannot be written to is
 * dropped; the browser's EventSource reconnects by itself when the server comes back.
 */
final class Events implements AutoCloseable {

    private final Set<HttpExchange> clients = ConcurrentHashMap.newKeySet();

    /** Keeps the exchange open as an event stream; the handler returns and the stream lives on. */
    void open(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        // The retry line makes the browser reconnect quickly after the server restarts.
        out.write("retry: 500\n: connected\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
        clients.add(exchange);
    }

    /** Sends one event to every open page; {@code data} must be one line. */
    void send(String event, String data) {
        write("event: " + event + "\ndata: " + data + "\n\n");
    }

    /** A comment line, which pages ignore, to find streams whose page has gone. */
    void ping() {
        write(": ping\n\n");
    }

    int open() {
        return clients.size();
    }

    private void write(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (HttpExchange client : clients) {
            synchronized (client) {
                try {
                    OutputStream out = client.getResponseBody();
                    out.write(bytes);
                    out.flush();
                } catch (IOException e) {
                    clients.remove(client);
                    client.close();
                }
            }
        }
    }

    @Override
    public void close() {
        for (HttpExchange client : clients) client.close();
        clients.clear();
    }
}
