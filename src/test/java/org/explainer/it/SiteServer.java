package org.explainer.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * Serves a built site under a sub-path the way GitHub Pages serves a project site: a folder gives
 * its {@code index.html}, a folder without its slash is redirected to it, an unknown path gets the
 * site's {@code 404.html} with status 404, and nothing outside the site folder is ever read.
 */
public final class SiteServer implements AutoCloseable {

    /** Content types by extension, as GitHub Pages sends them; anything else is a byte stream. */
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "application/javascript; charset=utf-8"),
            Map.entry("mjs", "application/javascript; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("xml", "application/xml"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("csv", "text/csv; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("wasm", "application/wasm"),
            Map.entry("webmanifest", "application/manifest+json"));

    private final HttpServer server;
    private final Path root;
    private final String basePath;

    private SiteServer(HttpServer server, Path root, String basePath) {
        this.server = server;
        this.root = root;
        this.basePath = basePath;
    }

    /**
     * Starts serving {@code root} at {@code http://127.0.0.1:<free port><basePath>}. The folder is
     * read on every request, so it may be (re)built after the server has started.
     */
    public static SiteServer start(Path root, String basePath) throws IOException {
        if (!basePath.startsWith("/") || !basePath.endsWith("/")) {
            throw new IllegalArgumentException("basePath must start and end with '/': " + basePath);
        }
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        SiteServer s = new SiteServer(http, root.toAbsolutePath().normalize(), basePath);
        http.createContext("/", s::handle);
        http.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "site-server");
            t.setDaemon(true);
            return t;
        }));
        http.start();
        return s;
    }

    /** The site's address, ending in the base path, e.g. {@code http://127.0.0.1:4711/dispute-explainer/}. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + basePath;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String method = ex.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                send(ex, 405, "text/plain; charset=utf-8", "Method not allowed\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path;
            try {
                path = URI.create(ex.getRequestURI().getRawPath()).getPath();
            } catch (IllegalArgumentException malformed) {
                send(ex, 400, "text/plain; charset=utf-8", "Bad request\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (path.equals(basePath.substring(0, basePath.length() - 1))) {
                redirect(ex, basePath);
                return;
            }
            if (!path.startsWith(basePath)) {
                notFound(ex);
                return;
            }
            String rel = path.substring(basePath.length());
            Path file;
            try {
                file = root.resolve(rel).normalize();
            } catch (InvalidPathException bad) {
                notFound(ex);
                return;
            }
            // No escape: "..", encoded or not, and absolute segments must stay inside the site.
            if (!file.startsWith(root)) {
                notFound(ex);
                return;
            }
            if (Files.isDirectory(file)) {
                if (!rel.isEmpty() && !rel.endsWith("/")) {
                    redirect(ex, path + "/");
                    return;
                }
                file = file.resolve("index.html");
            }
            if (!Files.isRegularFile(file) || !file.toRealPath().startsWith(root.toRealPath())) {
                notFound(ex);
                return;
            }
            send(ex, 200, type(file), Files.readAllBytes(file));
        }
    }

    private void notFound(HttpExchange ex) throws IOException {
        Path page = root.resolve("404.html");
        byte[] body = Files.isRegularFile(page) ? Files.readAllBytes(page)
                : "404 Not Found\n".getBytes(StandardCharsets.UTF_8);
        send(ex, 404, "text/html; charset=utf-8", body);
    }

    private static void redirect(HttpExchange ex, String location) throws IOException {
        ex.getResponseHeaders().set("Location", location);
        ex.sendResponseHeaders(301, -1);
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static String type(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }
}
