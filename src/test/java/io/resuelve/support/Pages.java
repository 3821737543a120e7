package io.resuelve.support;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Small helpers for browser tests: navigation relative to the running server, waiting, signing in. */
public final class Pages {

    private final WebDriver browser;
    private final String base;

    public Pages(WebDriver browser, int port) {
        this.browser = browser;
        this.base = "http://localhost:" + port;
    }

    public Pages open(String path) {
        browser.get(base + path);
        return this;
    }

    public WebElement find(By by) {
        return new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    public Pages type(String id, String text) {
        WebElement field = find(By.id(id));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    public Pages choose(String id, String value) {
        new Select(find(By.id(id))).selectByValue(value);
        return this;
    }

    public Pages click(By by) {
        WebElement element = find(by);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(element));
        try {
            element.click();
        } catch (ElementClickInterceptedException e) {
            // Headless Chromium sometimes keeps a stale layout right after a file is chosen; a person would
            // simply click again once it settles.
            ((JavascriptExecutor) browser).executeScript("arguments[0].click();", element);
        }
        return this;
    }

    public String text(By by) {
        return find(by).getText();
    }

    public Pages waitForUrl(String fragment) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains(fragment));
        return this;
    }

    public Pages waitForText(By by, String text) {
        return waitForTextWithin(by, text, Duration.ofSeconds(10));
    }

    /**
     * For what takes longer than a page load, e.g. a periodic refresh. The element is found again on every try: htmx
     * may replace it between finding it and reading it, which Chromium reports as a stale element or as "Node with
     * given id does not belong to the document".
     */
    public Pages waitForTextWithin(By by, String text, Duration patience) {
        new WebDriverWait(browser, patience).ignoring(org.openqa.selenium.WebDriverException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(by, text));
        return this;
    }

    public Pages signIn(String email, String password) {
        open("/login").type("username", email).type("password", password);
        browser.findElement(By.cssSelector("main button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("/login"));
        return this;
    }

    /** Picks a language with the switcher in the header, as a person would. */
    public Pages language(String tag) {
        new Select(find(By.id("lang-switch"))).selectByValue(tag);
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> tag.equals(d.findElement(By.tagName("html")).getDomAttribute("lang")));
        return this;
    }

    public String source() {
        return browser.getPageSource();
    }

    public WebDriver browser() {
        return browser;
    }
}
