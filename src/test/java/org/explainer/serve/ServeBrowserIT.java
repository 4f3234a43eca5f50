package org.explainer.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** An open page in a real Chromium shows a problem without reloading, then reloads when it is fixed. */
class ServeBrowserIT {

    @TempDir
    Path dir;

    @Test
    void anOpenPageShowsTheProblemAtOnceAndReloadsWhenItIsFixed() throws IOException {
        boolean present = new File("/usr/bin/chromedriver").canExecute() && new File("/usr/bin/chromium").canExecute();
        if (Boolean.getBoolean("browser.required")) assertTrue(present, "Chromium and chromedriver are required");
        assumeTrue(present, "Chromium is not installed; skipping the browser check");
        ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium").addArguments("--headless=new",
                "--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-gpu");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        try (Preview p = Preview.start(dir)) {
            ChromeDriver browser = new ChromeDriver(service, options);
            try {
                WebDriverWait wait = new WebDriverWait(browser, Preview.WAIT);
                JavascriptExecutor js = browser;
                browser.get("http://127.0.0.1:" + p.running.port() + "/dispute-explainer/milestones/2002-consultants-reject-contract.html");
                // Wait until the page's event stream is open, then mark the page: a reload would drop the mark.
                wait.until(d -> p.running.listeners() > 0);
                js.executeScript("window.notReloaded = true;");

                Path file = p.content.resolve(ServeTest.MILESTONE);
                String good = Files.readString(file);
                Files.writeString(file, good + "See [the next step](/milestones/no-such-step/).\n");
                String shown = wait.until(d -> d.findElements(By.cssSelector("#explainer-problems code")).stream()
                        .map(e -> e.getText()).findFirst().orElse(null));
                int lines = good.split("\n", -1).length;
                assertEquals(file + ":" + lines + ":5: the link '/milestones/no-such-step/' leads to no page of the site", shown);
                assertEquals(Boolean.TRUE, js.executeScript("return window.notReloaded === true;"),
                        "the problem appears without a reload");

                Files.writeString(file, good.replace("turned down the terms", "rejected the terms"));
                wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "return window.notReloaded === undefined && document.readyState === 'complete';")));
                assertTrue(browser.findElements(By.id("explainer-problems")).isEmpty(), "the overlay is gone");
                assertTrue(browser.getPageSource().contains("rejected the terms"));
            } finally {
                browser.quit();
            }
        }
    }
}
