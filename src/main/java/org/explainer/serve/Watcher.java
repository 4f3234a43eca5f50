package org.explainer.serve;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.helpers.NOPLogger;

/**
 * Watches folders and runs one task after each burst of changes. An editor's save is often several
 * events (write, rename, attributes); they are gathered for a short quiet time so that one save
 * makes one rebuild. Rebuilds run one at a time, on one thread. Native events on macOS and the
 * JDK's WatchService (inotify) on Linux, through directory-watcher.
 */
final class Watcher implements AutoCloseable {

    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "explainer-rebuild");
        t.setDaemon(true);
        return t;
    });
    private final DirectoryWatcher watcher;
    private final long quietMillis;
    private final Runnable task;
    private ScheduledFuture<?> pending;

    Watcher(List<Path> folders, long quietMillis, Runnable task) throws IOException {
        this.quietMillis = quietMillis;
        this.task = task;
        this.watcher = DirectoryWatcher.builder()
                .paths(folders.stream().filter(Files::isDirectory).toList())
                .fileHashing(false) // hashing would read every content file at start and on every event
                .logger(NOPLogger.NOP_LOGGER)
                .listener(this::changed)
                .build();
        watcher.watchAsync(Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "explainer-watch");
            t.setDaemon(true);
            return t;
        }));
    }

    private void changed(DirectoryChangeEvent event) {
        Path name = event.path() == null ? null : event.path().getFileName();
        // Editors' swap and backup files ("~", ".#x", ".x.swp") never reach the site; skipping them saves rebuilds.
        if (name != null && (name.toString().startsWith(".") || name.toString().endsWith("~"))) return;
        schedule();
    }

    private synchronized void schedule() {
        if (pending != null) pending.cancel(false);
        pending = thread.schedule(this::run, quietMillis, TimeUnit.MILLISECONDS);
    }

    private void run() {
        try {
            task.run();
        } catch (RuntimeException | Error e) {
            // The rebuild task reports its own problems; this is the last net that keeps watching alive.
            System.err.println("serve: rebuild failed: " + e);
        }
    }

    @Override
    public void close() throws IOException {
        watcher.close();
        thread.shutdownNow();
    }
}
