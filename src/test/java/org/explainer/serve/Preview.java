package org.explainer.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A running {@code serve} over a temporary copy of the real content and templates, for tests. */
final class Preview implements AutoCloseable {

    /** Generous, because the machine running the tests may be busy; waits end as soon as the event comes. */
    static final Duration WAIT = Duration.ofSeconds(60);

    final Path content;
    final Path templates;
    final Serve.Running running;
    final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private Preview(Path dir) throws IOException {
        this.content = dir.resolve("content");
        this.templates = dir.resolve("templates");
        Serve serve = new Serve();
        serve.flags().parse("--port", "0", "--content", content.toString(), "--templates", templates.toString());
        this.running = serve.start(new PrintStream(log, true, StandardCharsets.UTF_8));
    }

    /** Copies content/ and templates/ into {@code dir}, lets {@code prepare} change them, then serves them. */
    static Preview start(Path dir, Prepare prepare) throws IOException {
        copyTree(Path.of("content"), dir.resolve("content"));
        copyTree(Path.of("templates"), dir.resolve("templates"));
        prepare.accept(dir);
        return new Preview(dir);
    }

    static Preview start(Path dir) throws IOException {
        return start(dir, d -> { });
    }

    @FunctionalInterface
    interface Prepare {
        void accept(Path dir) throws IOException;
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    String base() {
        return running.site().state().basePath();
    }

    HttpResponse<String> get(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + running.port() + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends the request line exactly as given, bypassing any client-side normalising; returns the whole response. */
    String raw(String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", running.port())) {
            socket.setSoTimeout((int) WAIT.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** An open event stream, as a page's EventSource has. */
    EventStream events() {
        return events(running.port());
    }

    static EventStream events(int port) {
        return events(port, WAIT);
    }

    /** An event stream whose waits end after {@code wait}. */
    static EventStream events(int port, Duration wait) {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + ClientFiles.EVENTS)).build();
        var future = HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .thenAccept(r -> r.body().forEach(lines::add));
        EventStream stream = new EventStream(lines, future, wait);
        stream.await(": connected");
        return stream;
    }

    /** The lines of one event stream. */
    static final class EventStream implements AutoCloseable {
        private final BlockingQueue<String> lines;
        private final java.util.concurrent.CompletableFuture<Void> future;
        private final Duration wait;

        EventStream(BlockingQueue<String> lines, java.util.concurrent.CompletableFuture<Void> future, Duration wait) {
            this.lines = lines;
            this.future = future;
            this.wait = wait;
        }

        /** Waits for a line equal to {@code expected}, skipping others. */
        void await(String expected) {
            long end = System.nanoTime() + wait.toNanos();
            try {
                while (System.nanoTime() < end) {
                    String line = lines.poll(end - System.nanoTime(), TimeUnit.NANOSECONDS);
                    if (expected.equals(line)) return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new AssertionError("no '" + expected + "' line within " + wait);
        }

        /** Waits for the event named {@code name}; returns its data line. */
        String event(String name) {
            await("event: " + name);
            try {
                String data = lines.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
                if (data == null || !data.startsWith("data: ")) throw new AssertionError("event " + name + " without data: " + data);
                return data.substring("data: ".length());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() {
            future.cancel(true);
        }
    }

    @Override
    public void close() throws IOException {
        running.close();
    }
}
