package org.explainer.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryChangeEvent.EventType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.explainer.load.LoadCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watcher tells each rebuild what changed, or that it does not know. */
class WatcherTest {

    @TempDir
    Path dir;

    private final BlockingQueue<Optional<LoadCache.Changed>> runs = new LinkedBlockingQueue<>();

    private Watcher watch() throws IOException {
        return new Watcher(List.of(dir), 10, changed -> runs.add(Optional.ofNullable(changed)));
    }

    private LoadCache.Changed next() throws InterruptedException {
        Optional<LoadCache.Changed> run = runs.poll(Preview.WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertNotNull(run, "no rebuild within " + Preview.WAIT);
        return run.orElse(null);
    }

    /** Waits until no rebuild has come for a while, dropping those that did. */
    private void settle() throws InterruptedException {
        while (runs.poll(300, TimeUnit.MILLISECONDS) != null) {
            // dropped
        }
    }

    private DirectoryChangeEvent event(EventType type, String name) {
        return new DirectoryChangeEvent(type, false, name == null ? null : dir.resolve(name), null, 1, dir);
    }

    @Test
    void tellsTheRebuildWhichFilesWereModifiedAddedOrRemoved() throws Exception {
        try (Watcher watcher = watch()) {
            Path file = dir.resolve("a.md");
            Files.writeString(file, "saved");
            LoadCache.Changed changed = next();
            assertNotNull(changed);
            assertTrue(changed.addedOrRemoved().contains(file), changed.toString());
            settle(); // the write's own events may come in more than one burst

            watcher.changed(event(EventType.MODIFY, "b.md"));
            watcher.changed(event(EventType.DELETE, "c.md"));
            LoadCache.Changed burst = next();
            assertTrue(burst.modified().contains(dir.resolve("b.md")), burst.toString());
            assertTrue(burst.addedOrRemoved().contains(dir.resolve("c.md")), burst.toString());
        }
    }

    @Test
    void anOverflowMakesTheNextRebuildCheckEveryFile() throws Exception {
        try (Watcher watcher = watch()) {
            watcher.changed(event(EventType.MODIFY, "b.md"));
            watcher.changed(event(EventType.OVERFLOW, null));
            assertEquals(null, next(), "events were lost, so nothing is known of what changed");

            watcher.changed(event(EventType.MODIFY, "b.md"));
            assertEquals(new LoadCache.Changed(Set.of(dir.resolve("b.md")), Set.of()), next(), "and afterwards, known again");
        }
    }

    @Test
    void anEditorsBackupFileStartsNoRebuildButIsReportedWithTheNext() throws Exception {
        try (Watcher watcher = watch()) {
            watcher.changed(event(EventType.CREATE, "a.md~"));
            assertNull(runs.poll(300, TimeUnit.MILLISECONDS), "no rebuild for a backup file alone");
            watcher.changed(event(EventType.MODIFY, "b.md"));
            LoadCache.Changed changed = next();
            assertTrue(changed.addedOrRemoved().contains(dir.resolve("a.md~")),
                    "the loader reports a stray backup file, so its listing must be made again: " + changed);
        }
    }
}
