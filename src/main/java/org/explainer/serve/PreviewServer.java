package org.explainer.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The HTTP side of {@code serve}: the live site under its base path, the reload script and the
 * event stream under {@code /__explainer/}. Only GET and HEAD; pages are never cached by the browser.
 */
final class PreviewServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"),
            Map.entry("avif", "image/avif"), Map.entry("ico", "image/x-icon"), Map.entry("woff2", "font/woff2"),
            Map.entry("pdf", "application/pdf"), Map.entry("webmanifest", "application/manifest+json"));

    private static final String NODELAY = "sun.net.httpserver.nodelay";

    private final LiveSite site;
    private final HttpServer server;
    private final ExecutorService workers;
    private final ScheduledExecutorService pinger;
    private final Events events = new Events();

    PreviewServer(LiveSite site, String host, int port) throws IOException {
        // The JDK's server writes headers and body apart; with Nagle's algorithm on, a page of more
        // than a few kilobytes then waits for the browser's delayed acknowledgement (40 ms on Linux)
        // on every reload. Read once, when the first server of the process is made; a value set
        // on the command line wins.
        if (System.getProperty(NODELAY) == null) System.setProperty(NODELAY, "true");
        this.site = site;
        this.server = HttpServer.create(new InetSocketAddress(host, port), 64);
        this.workers = Executors.newCachedThreadPool(daemon("explainer-http"));
        this.pinger = Executors.newSingleThreadScheduledExecutor(daemon("explainer-ping"));
        server.setExecutor(workers);
        server.createContext("/", this::handle);
        site.onBuilt(state -> {
            if (state.problems().isEmpty()) events.send("reload", "{}");
            else events.send("problems", ClientFiles.json(state.problems()));
        });
    }

    void start() {
        server.start();
        pinger.scheduleAtFixedRate(events::ping, 15, 15, TimeUnit.SECONDS);
    }

    /** The address and port actually bound (useful with port 0). */
    InetSocketAddress address() {
        return server.getAddress();
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** Open event streams, i.e. open pages. */
    int listeners() {
        return events.open();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", bytes("Only GET and HEAD.\n"));
                return;
            }
            String raw = exchange.getRequestURI().getRawPath();
            switch (raw == null ? "" : raw) {
                case ClientFiles.EVENTS -> events.open(exchange);
                case ClientFiles.SCRIPT -> send(exchange, 200, TYPES.get("js"), bytes(ClientFiles.RELOAD_JS));
                case ClientFiles.STYLE -> send(exchange, 200, TYPES.get("css"), bytes(ClientFiles.OVERLAY_CSS));
                default -> page(exchange, raw);
            }
        } catch (IOException | RuntimeException e) {
            // A browser that went away mid-response is no reason to stop serving.
            exchange.close();
        }
    }

    private void page(HttpExchange exchange, String raw) throws IOException {
        LiveSite.State state = site.state();
        if (state.files().isEmpty()) {
            send(exchange, 503, TYPES.get("html"), ClientFiles.noSiteYet(state.problems()));
            return;
        }
        Requests.Target target = Requests.resolve(raw, state.basePath(), state.files());
        if (target instanceof Requests.Bad) {
            send(exchange, 400, "text/plain; charset=utf-8", bytes("Bad request path.\n"));
        } else if (target instanceof Requests.Redirect r) {
            exchange.getResponseHeaders().set("Location", r.location());
            send(exchange, 302, "text/plain; charset=utf-8", bytes("See " + r.location() + "\n"));
        } else if (target instanceof Requests.Found f) {
            byte[] content;
            try {
                content = state.files().get(f.file()); // most files are made here, when first asked for
            } catch (RuntimeException | StackOverflowError e) {
                RuntimeException shown = e instanceof RuntimeException r ? r : new IllegalStateException(e.toString());
                send(exchange, 500, TYPES.get("html"), ClientFiles.cannotMake(f.file(), site.shown(shown)));
                return;
            }
            send(exchange, 200, type(f.file()), withClient(f.file(), content, state));
        } else {
            byte[] notFound = state.files().getOrDefault("404.html", bytes("Not found.\n"));
            send(exchange, 404, TYPES.get("html"), withClient("404.html", notFound, state));
        }
    }

    private static byte[] withClient(String file, byte[] content, LiveSite.State state) {
        return file.endsWith(".html") ? ClientFiles.inject(content, state.problems()) : content;
    }

    private static String type(String file) {
        int dot = file.lastIndexOf('.');
        String ext = dot < 0 ? "" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public void close() {
        events.close();
        pinger.shutdownNow();
        server.stop(0);
        workers.shutdownNow();
    }
}
