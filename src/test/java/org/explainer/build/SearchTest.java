package org.explainer.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
    void runsThePagefindProgramNpmInstalledForThisPlatformWithoutNode() throws IOException {
        Path launcher = file(Search.LAUNCHER, false);
        String platform = Search.npmPlatform(System.getProperty("os.name"), System.getProperty("os.arch")).orElseThrow();
        Path plain = file("node_modules/@pagefind/" + platform + "/bin/pagefind", true);
        assertEquals(Optional.of(plain), Search.findProgram(launcher, Map.of()));
        // The extended program comes first, as in the launcher, and may sit inside pagefind's package.
        Path extended = file("node_modules/pagefind/node_modules/@pagefind/" + platform + "/bin/pagefind_extended", true);
        assertEquals(Optional.of(extended), Search.findProgram(launcher, Map.of()));
    }

    @Test
    void honoursTheLaunchersEnvironmentVariablesForTheProgram() throws IOException {
        Path launcher = file(Search.LAUNCHER, false);
        Path elsewhere = file("tools/pagefind", true);
        assertEquals(Optional.of(elsewhere),
                Search.findProgram(launcher, Map.of("PAGEFIND_BINARY_PATH", elsewhere.toString())));
    }

    @Test
    void goesThroughNodeWhenNoRunnableProgramIsInstalled() throws IOException {
        Path launcher = file(Search.LAUNCHER, false);
        assertEquals(Optional.empty(), Search.findProgram(launcher, Map.of()));
        String platform = Search.npmPlatform(System.getProperty("os.name"), System.getProperty("os.arch")).orElseThrow();
        file("node_modules/@pagefind/" + platform + "/bin/pagefind", false);
        file("node_modules/@pagefind/windows-x64/bin/pagefind.exe", true);
        assertEquals(Optional.empty(), Search.findProgram(launcher, Map.of()));
    }

    @Test
    void namesPlatformsAsNpmDoes() {
        assertEquals(Optional.of("linux-x64"), Search.npmPlatform("Linux", "amd64"));
        assertEquals(Optional.of("linux-arm64"), Search.npmPlatform("Linux", "aarch64"));
        assertEquals(Optional.of("darwin-arm64"), Search.npmPlatform("Mac OS X", "aarch64"));
        assertEquals(Optional.of("darwin-x64"), Search.npmPlatform("Mac OS X", "x86_64"));
        assertEquals(Optional.empty(), Search.npmPlatform("Windows 11", "amd64"));
        assertEquals(Optional.empty(), Search.npmPlatform("Linux", "riscv64"));
    }

    private Path file(String path, boolean executable) throws IOException {
        Path f = dir.resolve(path);
        Files.createDirectories(f.getParent());
        Files.writeString(f, "");
        if (executable) {
            Files.setPosixFilePermissions(f, Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_EXECUTE));
        }
        return f;
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
