package org.explainer.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchTest {

    @TempDir
    Path dir;

    @Test
    void findsPagefindInTheNearestParentWithNodeModules() throws IOException {
        Path launcher = dir.resolve(Search.LAUNCHER);
        Files.createDirectories(launcher.getParent());
        Files.writeString(launcher, "");
        Path deep = Files.createDirectories(dir.resolve("content/milestones"));
        assertEquals(Optional.of(launcher), Search.findLauncher(deep));
    }

    @Test
    void isOffWhenNotAskedFor() {
        Search search = new Search(false);
        assertFalse(search.available());
        assertEquals("not asked for", search.reason());
    }

    @Test
    void installSaysSearchIsOffWithoutALockFile() throws InterruptedException {
        assertEquals("search: no package-lock.json in " + dir.toAbsolutePath() + "; search off",
                PagefindInstall.install(dir));
    }
}
