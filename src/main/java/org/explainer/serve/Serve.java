package org.explainer.serve;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.explainer.Main;
import org.explainer.build.BuildOptions;
import org.explainer.cli.Flags;

/**
 * {@code explainer serve}: builds the site into memory, serves it on loopback under its base
 * path, rebuilds on every change to the content or templates and reloads the open pages; problems
 * appear over the page, and the last good build stays served underneath.
 */
public final class Serve extends Main.Options {

    /** Quiet time after the last file event before rebuilding: one save is often several events. */
    static final long QUIET_MILLIS = 30;

    int port = 8080;
    String host = "127.0.0.1";

    @Override
    protected String name() {
        return "serve";
    }

    @Override
    protected String description() {
        return "Preview while editing: serve the site, rebuild on every save, reload open pages.";
    }

    @Override
    public Flags flags() {
        return super.flags()
                .option("--port", "N", "port to listen on, 0 for any free one (default: " + port + ")", v -> port = port(v))
                .option("--host", "HOST", "address to listen on; only loopback by default, since this is a preview, "
                        + "not a web server (default: " + host + ")", v -> host = v);
    }

    private static int port(String value) {
        try {
            int n = Integer.parseInt(value);
            if (n >= 0 && n <= 65535) return n;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new Flags.UsageException("Invalid value for option '--port': '" + value + "' is not a port (0 to 65535)");
    }

    /** A running preview: site, server and watcher; closing stops all three. */
    public static final class Running implements AutoCloseable {
        private final LiveSite site;
        private final PreviewServer server;
        private final Watcher watcher;
        private final String url;

        Running(LiveSite site, PreviewServer server, Watcher watcher, String url) {
            this.site = site;
            this.server = server;
            this.watcher = watcher;
            this.url = url;
        }

        public LiveSite site() {
            return site;
        }

        /** The site's address, e.g. http://127.0.0.1:8080/dispute-explainer/. */
        public String url() {
            return url;
        }

        public int port() {
            return server.port();
        }

        /** Open event streams, i.e. open pages listening for rebuilds. */
        public int listeners() {
            return server.listeners();
        }

        /** Where the server listens: loopback unless {@code --host} asked otherwise. */
        public java.net.InetSocketAddress address() {
            return server.address();
        }

        @Override
        public void close() throws IOException {
            watcher.close();
            server.close();
        }
    }

    @Override
    protected int call() {
        PrintStream log = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true);
        try (Running running = start(log)) {
            log.println("Serving " + running.url() + " (rebuilding on every change; Ctrl+C stops)");
            new CountDownLatch(1).await(); // until the process is stopped
        } catch (java.net.BindException e) {
            log.println("serve: cannot listen on " + host + ":" + port + " (" + e.getMessage() + ")");
            log.println("    hint: another program uses this port; choose another with --port N");
            return Main.PROBLEMS;
        } catch (IOException e) {
            log.println("serve: " + e.getMessage());
            return Main.PROBLEMS;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Main.OK;
    }

    /** Builds once, then serves and watches; problems never stop it. */
    public Running start(PrintStream log) throws IOException {
        BuildOptions options = options(Path.of("site"));
        LiveSite site = new LiveSite(options, (p, stage) -> Main.display(p, stage, this), log)
                .verbosity(quiet ? 0 : verbose ? 2 : 1);
        // Watching starts before the first build reads anything: rebuilds trust the watcher to name
        // every file changed since, so a change between that build and the watch would be missed.
        Watcher watcher = new Watcher(List.of(options.content(), options.templates()), QUIET_MILLIS, site::rebuild);
        PreviewServer server;
        try {
            site.rebuild();
            server = new PreviewServer(site, host, port);
        } catch (IOException | RuntimeException e) {
            watcher.close();
            throw e;
        }
        server.start();
        String shownHost = InetAddress.getByName(host).isAnyLocalAddress() ? "127.0.0.1" : host;
        String url = "http://" + (shownHost.contains(":") ? "[" + shownHost + "]" : shownHost) + ":" + server.port()
                + site.state().basePath();
        return new Running(site, server, watcher, url);
    }
}
