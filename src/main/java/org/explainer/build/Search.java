package org.explainer.build;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.explainer.problem.ContentException;
import org.explainer.problem.Problem;

/**
 * The search index step: Pagefind, installed by {@code npm ci} from the committed package-lock.json,
 * run with the machine's Node.js over the finished output before it is swapped in. Off when search
 * is not wanted, when Node.js is missing or when Pagefind is not installed; the pages show a search
 * box only when it is on, so a build without Node.js still succeeds, just without search.
 */
final class Search {

    /** Where npm puts Pagefind's launcher, relative to the folder holding node_modules. */
    static final String LAUNCHER = "node_modules/pagefind/lib/runner/bin.cjs";
    /** Indexing the sample site takes about a second; this bounds a stuck or huge run. */
    static final long TIMEOUT_SECONDS = 300;

    private final Optional<Path> launcher;
    private final String reason;

    Search(boolean wanted) {
        Optional<Path> found = wanted ? findLauncher(Path.of("").toAbsolutePath()) : Optional.empty();
        if (!wanted) {
            reason = "not asked for";
        } else if (found.isEmpty()) {
            reason = "Pagefind is not installed (run `npm ci` in the project folder, or `mvn package` with Node.js)";
        } else if (!nodeWorks()) {
            reason = "Node.js was not found on the PATH";
            found = Optional.empty();
        } else {
            reason = "";
        }
        this.launcher = found;
        if (wanted && launcher.isEmpty()) System.err.println("search off: " + reason);
    }

    boolean available() {
        return launcher.isPresent();
    }

    /** Why search is off, or "" when it is on. */
    String reason() {
        return reason;
    }

    /** Writes the Pagefind index into {@code site}/pagefind; a failure stops the build with Pagefind's words. */
    void index(Path site) {
        if (launcher.isEmpty()) return;
        List<String> command = List.of("node", launcher.get().toString(), "--site", site.toString(),
                "--output-subdir", "pagefind", "--silent");
        Path log;
        try {
            log = Files.createTempFile("pagefind", ".log");
        } catch (IOException e) {
            throw failure("cannot create a temporary log file: " + e.getMessage());
        }
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw failure("Pagefind did not finish within " + TIMEOUT_SECONDS + " seconds");
            }
            if (p.exitValue() != 0) {
                throw failure("Pagefind failed (exit " + p.exitValue() + "): " + lastLines(log));
            }
            if (!Files.isRegularFile(site.resolve("pagefind/pagefind-ui.js"))) {
                throw failure("Pagefind ran but wrote no pagefind/pagefind-ui.js: " + lastLines(log));
            }
        } catch (IOException e) {
            throw failure("cannot run Pagefind: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure("interrupted while Pagefind was running");
        } finally {
            try {
                Files.deleteIfExists(log);
            } catch (IOException ignored) {
                // A leftover temp log is harmless.
            }
        }
    }

    private static ContentException failure(String message) {
        return ContentException.single("search", new Problem("", 0, 0, message,
                "run `npm ci` in the project folder to reinstall Pagefind, or remove node_modules to build without search"));
    }

    /** The launcher in this folder or the nearest parent that has one, so a build from a sub-folder finds it. */
    static Optional<Path> findLauncher(Path start) {
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(LAUNCHER);
            if (Files.isRegularFile(candidate)) return Optional.of(candidate);
        }
        return Optional.empty();
    }

    private static boolean nodeWorks() {
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            try (InputStream in = p.getInputStream()) {
                in.readAllBytes();
            }
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String lastLines(Path log) {
        try {
            List<String> lines = new ArrayList<>(Files.readAllLines(log, StandardCharsets.UTF_8));
            lines.removeIf(String::isBlank);
            return String.join(" / ", lines.subList(Math.max(0, lines.size() - 3), lines.size())).strip();
        } catch (IOException e) {
            return "(no output)";
        }
    }
}
