package org.explainer.serve;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryChangeListener;
import io.methvin.watcher.DirectoryWatcher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.explainer.load.LoadCache;
import org.slf4j.helpers.NOPLogger;

/**
 * Watches folders and runs one task after each burst of changes, telling it which paths changed.
 * An editor's save is often several events (write, rename, attributes); they are gathered for a
 * short quiet time so that one save makes one rebuild. Rebuilds run one at a time, on one thread.
 * Native events on macOS and the JDK's WatchService (inotify) on Linux, through directory-watcher.
 *
 * <p>When the watcher may have lost events (the system's queue overflowed, or an event could not
 * be handled), the task is told nothing, which makes the rebuild check every file.
 */
final class Watcher implements AutoCloseable {

    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "explainer-rebuild");
        t.setDaemon(true);
        return t;
    });
    private final DirectoryWatcher watcher;
    private final long quietMillis;
    private final Consumer<LoadCache.Changed> task;
    private ScheduledFuture<?> pending;
    /** What changed since the task last ran; guarded by this. */
    private Set<Path> modified = new HashSet<>();
    private Set<Path> addedOrRemoved = new HashSet<>();
    private boolean lost;

    /**
     * Starts watching at once, so that no change made after this returns is missed.
     *
     * @param task runs after each burst of changes with what changed, or null when that is not known
     */
    Watcher(List<Path> folders, long quietMillis, Consumer<LoadCache.Changed> task) throws IOException {
        this.quietMillis = quietMillis;
        this.task = task;
        this.watcher = DirectoryWatcher.builder()
                .paths(folders.stream().filter(Files::isDirectory).toList())
                .fileHashing(false) // hashing would read every content file at start and on every event
                .logger(NOPLogger.NOP_LOGGER)
                .listener(new DirectoryChangeListener() {
                    @Override
                    public void onEvent(DirectoryChangeEvent event) {
                        changed(event);
                    }

                    @Override
                    public void onException(Exception e) {
                        lost(); // the event that failed is gone: only checking every file is safe now
                    }
                })
                .build();
        watcher.watchAsync(Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "explainer-watch");
            t.setDaemon(true);
            return t;
        }));
    }

    /** Records one event and schedules the task, unless it names an editor's swap or backup file. */
    void changed(DirectoryChangeEvent event) {
        synchronized (this) {
            switch (event.eventType()) {
                case MODIFY -> modified.add(event.path());
                case CREATE, DELETE -> addedOrRemoved.add(event.path());
                default -> lost = true; // OVERFLOW: events were dropped
            }
        }
        Path name = event.path() == null ? null : event.path().getFileName();
        // Editors' swap and backup files ("~", ".#x", ".x.swp") never reach the site; skipping them
        // saves rebuilds. They are still recorded above: the loader reports a stray "x.md~" as a problem.
        if (name != null && (name.toString().startsWith(".") || name.toString().endsWith("~"))) return;
        schedule();
    }

    private void lost() {
        synchronized (this) {
            lost = true;
        }
        schedule();
    }

    private synchronized void schedule() {
        if (pending != null) pending.cancel(false);
        pending = thread.schedule(this::run, quietMillis, TimeUnit.MILLISECONDS);
    }

    /** What changed since the last call, or null when events were lost; starts gathering afresh. */
    private synchronized LoadCache.Changed drain() {
        LoadCache.Changed changed = lost ? null : new LoadCache.Changed(modified, addedOrRemoved);
        modified = new HashSet<>();
        addedOrRemoved = new HashSet<>();
        lost = false;
        return changed;
    }

    private void run() {
        LoadCache.Changed changed = drain();
        try {
            task.accept(changed);
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
