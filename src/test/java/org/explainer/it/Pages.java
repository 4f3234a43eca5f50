package org.explainer.it;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Small steps the journeys share: follow a link and wait for the next page, read text plainly. */
final class Pages {

    private Pages() {
    }

    /** Clicks a link as a reader would and waits until the next page has loaded. */
    static void follow(WebDriver driver, WebElement link) {
        WebElement old = driver.findElement(By.tagName("html"));
        String before = driver.getCurrentUrl();
        scrollToCentre(driver, link);
        link.click();
        waitForNavigation(driver, old, before);
    }

    /**
     * Scrolls the element to the middle of the viewport, clear of the sticky year bar, as a reader
     * would before tapping it. The scroll is instant (the style sheet asks for smooth scrolling, which
     * would still be moving when the click lands), and is repeated until the element stays put:
     * timeline years off screen are laid out only when scrolled to, which can move what is below them.
     */
    static void scrollToCentre(WebDriver driver, WebElement e) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        java.util.concurrent.atomic.AtomicReference<Object> last = new java.util.concurrent.atomic.AtomicReference<>();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
            Object top = js.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});"
                    + " return Math.round(arguments[0].getBoundingClientRect().top);", e);
            return top.equals(last.getAndSet(top));
        });
    }

    /** Waits until the document that held {@code old} has been replaced (or only the fragment moved). */
    static void waitForNavigation(WebDriver driver, WebElement old, String before) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            String now = d.getCurrentUrl();
            boolean sameDocument = now.contains("#") && strip(now).equals(strip(before)) && !now.equals(before);
            return sameDocument || ExpectedConditions.stalenessOf(old).apply(d);
        });
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> "complete".equals(
                ((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** The first element matching any of the selectors, in the order given; fails naming them all. */
    static WebElement first(WebDriver driver, String what, String... selectors) {
        for (String css : selectors) {
            List<WebElement> found = driver.findElements(By.cssSelector(css));
            if (!found.isEmpty()) return found.get(0);
        }
        throw new AssertionError("No " + what + " on " + driver.getCurrentUrl() + " (looked for "
                + String.join(" | ", selectors) + ")");
    }

    static String h1(WebDriver driver) {
        return plain(driver.findElement(By.cssSelector("main h1, h1")).getText());
    }

    /** Text with typographic quotes, dashes and runs of spaces made plain, for comparing with content. */
    static String plain(String text) {
        return text.replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201C', '"').replace('\u201D', '"')
                .replace('\u2013', '-').replace('\u2014', '-').replace('\u00A0', ' ').replaceAll("\\s+", " ").trim();
    }

    static String lower(String text) {
        return plain(text).toLowerCase(Locale.ROOT);
    }

    static String strip(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }

    /** Whether the element's box is at least partly inside the viewport. */
    static boolean inViewport(WebDriver driver, WebElement e) {
        return (Boolean) ((JavascriptExecutor) driver).executeScript(
                "const r = arguments[0].getBoundingClientRect();"
                        + "return r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;", e);
    }
}
