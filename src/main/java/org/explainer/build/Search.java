package org.explainer.build;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.explainer.problem.ContentException;
import org.explainer.problem.Problem;

/**
 * The search index step: Pagefind, installed by {@code npm ci} from the committed package-lock.json,
 * run over the finished output before it is swapped in. Off when search is not wanted, when
 * Pagefind is not installed, or when it must go through Node.js and Node.js is missing; the pages
 * show a search box only when it is on, so a build without Node.js still succeeds, just without
 * search.
 *
 * <p>Pagefind's npm launcher only finds the program npm installed for this platform and runs it;
 * the build runs that program itself when it finds it where the launcher would (and honours the
 * launcher's {@code PAGEFIND_EXTENDED_BINARY_PATH} and {@code PAGEFIND_BINARY_PATH}), because
 * starting Node.js twice, to check it and to launch, took 0.15 s of the real content's 1.2 s.
 */
final class Search {

    /** Where npm puts Pagefind's launcher, relative to the folder holding node_modules. */
    static final String LAUNCHER = "node_modules/pagefind/lib/runner/bin.cjs";
    /** Indexing the sample site takes about a second; this bounds a stuck or huge run. */
    static final long TIMEOUT_SECONDS = 300;

    /** The programs the npm launcher looks for, in its order. */
    static final List<String> PROGRAMS = List.of("pagefind_extended", "pagefind");

    /** The command that runs Pagefind, without its arguments; empty when search is off. */
    private final List<String> command;
    private final String reason;

    Search(boolean wanted) {
        Optional<Path> found = wanted ? findLauncher(Path.of("").toAbsolutePath()) : Optional.empty();
        Optional<Path> program = found.flatMap(l -> findProgram(l, System.getenv()));
        if (!wanted) {
            reason = "not asked for";
        } else if (found.isEmpty()) {
            reason = "Pagefind is not installed (run `npm ci` in the project folder, or `mvn package` with Node.js)";
        } else if (program.isEmpty() && !nodeWorks()) {
            reason = "Node.js was not found on the PATH";
            found = Optional.empty();
        } else {
            reason = "";
        }
        if (found.isEmpty()) command = List.of();
        else if (program.isPresent()) command = List.of(program.get().toString());
        else command = List.of("node", found.get().toString());
        if (wanted && command.isEmpty()) System.err.println("search off: " + reason);
    }

    boolean available() {
        return !command.isEmpty();
    }

    /** Why search is off, or "" when it is on. */
    String reason() {
        return reason;
    }

    /** Writes the Pagefind index into {@code site}/pagefind; a failure stops the build with Pagefind's words. */
    void index(Path site) {
        if (command.isEmpty()) return;
        List<String> command = new ArrayList<>(this.command);
        command.addAll(List.of("--site", site.toString(), "--output-subdir", "pagefind", "--silent"));
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

    /**
     * The Pagefind program that the npm launcher at {@code launcher} would run: the one named by
     * the launcher's environment variables, else the one npm installed for this platform beside
     * the launcher's package or inside it. Empty when there is none that can be run here (another
     * platform, an unknown processor, a Windows machine): then the launcher goes through Node.js.
     */
    static Optional<Path> findProgram(Path launcher, Map<String, String> env) {
        for (String name : PROGRAMS) {
            String given = env.get(name.toUpperCase(Locale.ROOT) + "_BINARY_PATH");
            if (given != null && !given.isEmpty()) return runnable(Path.of(given));
        }
        Optional<String> platform = npmPlatform(System.getProperty("os.name"), System.getProperty("os.arch"));
        if (platform.isEmpty()) return Optional.empty();
        // launcher = <dir>/node_modules/pagefind/lib/runner/bin.cjs
        Path pagefindPackage = launcher.getParent().getParent().getParent();
        List<Path> packageFolders = List.of(pagefindPackage.getParent().resolve("@pagefind"),
                pagefindPackage.resolve("node_modules/@pagefind"));
        for (String name : PROGRAMS) {
            for (Path folder : packageFolders) {
                Optional<Path> program = runnable(folder.resolve(platform.get()).resolve("bin").resolve(name));
                if (program.isPresent()) return program;
            }
        }
        return Optional.empty();
    }

    /** npm's name for this platform's Pagefind package ("linux-x64"), as Node.js names them. */
    static Optional<String> npmPlatform(String osName, String osArch) {
        String os = osName.toLowerCase(Locale.ROOT);
        String platform = os.startsWith("linux") ? "linux" : os.startsWith("mac") ? "darwin" : null;
        String cpu = switch (osArch) {
            case "amd64", "x86_64" -> "x64";
            case "aarch64", "arm64" -> "arm64";
            default -> null;
        };
        return platform == null || cpu == null ? Optional.empty() : Optional.of(platform + "-" + cpu);
    }

    private static Optional<Path> runnable(Path program) {
        return Files.isRegularFile(program) && Files.isExecutable(program) ? Optional.of(program) : Optional.empty();
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
