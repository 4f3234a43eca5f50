package org.explainer.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Run by Maven right after compiling, so before the tests and the site's build: installs Pagefind
 * with {@code npm ci} from the committed package-lock.json, so every machine gets the same version.
 * Never fails the build: without npm, or when npm fails, it says so and the site is built without
 * search.
 */
public final class PagefindInstall {

    private PagefindInstall() {
    }

    /** @param args the project folder (holding package-lock.json) */
    public static void main(String[] args) throws InterruptedException {
        Path project = Path.of(args.length > 0 ? args[0] : "").toAbsolutePath();
        System.out.println(install(project));
    }

    static String install(Path project) throws InterruptedException {
        Path lock = project.resolve("package-lock.json");
        if (!Files.isRegularFile(lock)) return "search: no package-lock.json in " + project + "; search off";
        if (upToDate(project, lock)) return "search: Pagefind already installed";
        String npm = System.getProperty("os.name", "").toLowerCase().startsWith("windows") ? "npm.cmd" : "npm";
        try {
            Process p = new ProcessBuilder(npm, "ci", "--no-audit", "--no-fund", "--ignore-scripts")
                    .directory(project.toFile()).inheritIO().start();
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                return "search: npm ci took over 10 minutes and was stopped; search off";
            }
            return p.exitValue() == 0 ? "search: Pagefind installed with npm ci"
                    : "search: npm ci failed (exit " + p.exitValue() + "); search off";
        } catch (IOException e) {
            return "search: npm not found, so the site is built without search (install Node.js to turn it on)";
        }
    }

    /** npm records the installed tree in node_modules/.package-lock.json; newer than the lock means done. */
    private static boolean upToDate(Path project, Path lock) {
        Path installed = project.resolve("node_modules/.package-lock.json");
        try {
            return Files.isRegularFile(project.resolve(Search.LAUNCHER)) && Files.isRegularFile(installed)
                    && Files.getLastModifiedTime(installed).compareTo(Files.getLastModifiedTime(lock)) >= 0;
        } catch (IOException e) {
            return false;
        }
    }
}
