package org.explainer.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium driven through Debian's chromedriver, never a downloaded browser. Without them
 * the browser tests are skipped with a notice on stdout; with {@code -Dbrowser.required=true}
 * (as CI runs) their absence fails the build instead.
 */
public final class Browser {

    /** Overridable so the skip rule itself can be tried by pointing at a missing file. */
    static final String BINARY_PROPERTY = "browser.binary";
    static final String DRIVER_PROPERTY = "browser.driver";
    static final String REQUIRED_PROPERTY = "browser.required";

    /**
     * Selenium ships CDP bindings for a few Chrome versions and warns when Debian's is newer; the
     * tests only send raw CDP commands, which work with any version, so the warning is noise.
     */
    private static final java.util.logging.Logger CDP_LOG = java.util.logging.Logger.getLogger(
            "org.openqa.selenium.devtools.CdpVersionFinder");

    static {
        CDP_LOG.setLevel(java.util.logging.Level.SEVERE);
    }

    private Browser() {
    }

    public static Path binary() {
        return Path.of(System.getProperty(BINARY_PROPERTY, "/usr/bin/chromium"));
    }

    public static Path driver() {
        return Path.of(System.getProperty(DRIVER_PROPERTY, "/usr/bin/chromedriver"));
    }

    /**
     * Whether the browser tests of a class can run. If Chromium or its driver is missing this
     * prints a notice and returns false, or fails when the browser is required. Call it in
     * {@code @BeforeAll}, then {@link #assume(boolean)} in {@code @BeforeEach} so that every test
     * is reported as skipped rather than silently not run.
     */
    public static boolean available(String testClass) {
        return decide(missing(binary(), driver()), Boolean.getBoolean(REQUIRED_PROPERTY), testClass);
    }

    /** Skips the current test when {@link #available(String)} said no. */
    public static void assume(boolean available) {
        Assumptions.assumeTrue(available, "Chromium or chromedriver is missing: see the NOTICE above");
    }

    /** What is missing, one line each; empty when both programs are there and executable. */
    static List<String> missing(Path binary, Path driver) {
        List<String> out = new ArrayList<>();
        if (!Files.isExecutable(binary)) out.add("no Chromium at " + binary);
        if (!Files.isExecutable(driver)) out.add("no chromedriver at " + driver);
        return out;
    }

    /** The skip rule: nothing missing runs; missing and required fails; missing otherwise skips. */
    static boolean decide(List<String> missing, boolean required, String testClass) {
        if (missing.isEmpty()) return true;
        String what = String.join(" and ", missing);
        String fix = "install the Debian packages chromium and chromium-driver";
        if (required) {
            Assertions.fail("Browser tests are required (-Dbrowser.required=true) but there is " + what
                    + ": " + fix + ".");
        }
        String notice = "NOTICE: browser tests in " + testClass + " SKIPPED: " + what + " (" + fix
                + ", or run with -Dbrowser.required=true to make this an error).";
        System.out.println(notice);
        return false;
    }

    /**
     * Starts a headless Chromium with a fresh profile at 1280x800, with page scripts on or off. Slow
     * on two cores (a second or more), so test classes start one and share it.
     */
    public static ChromeDriver start(boolean javascript) {
        try {
            // A fresh profile per browser, under target/ so that `mvn clean` removes it.
            Path profiles = Files.createDirectories(Path.of("target/chromium-profiles"));
            Path profile = Files.createTempDirectory(profiles.toAbsolutePath(), "profile-");
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(driver().toFile())
                    .usingAnyFreePort()
                    .build();
            ChromeOptions options = new ChromeOptions();
            options.setBinary(binary().toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--window-size=1280,800", "--user-data-dir=" + profile);
            if (!javascript) {
                options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
            }
            return new ChromeDriver(service, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Emulates a viewport of exactly this size (phones: mobile mode), or clears it with width 0. */
    public static void viewport(ChromeDriver driver, int width, int height) {
        if (width == 0) {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            return;
        }
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", width < 600));
    }

    /** Emulates {@code prefers-color-scheme: light} or {@code dark}. */
    public static void colorScheme(ChromeDriver driver, String scheme) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /** Saves what the browser shows to {@code target/screenshots/<name>.png}. */
    public static Path screenshot(ChromeDriver driver, String name) {
        try {
            Path dir = Path.of("target/screenshots");
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
