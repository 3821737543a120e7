package io.resuelve.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * JUnit extension that hands a test a headless Debian Chromium. Without Chromium the test is skipped with a
 * message — except under {@code CI=true}, where a missing browser is a failure. A failing test leaves a
 * screenshot and the page source under {@code target/browser-failures/}.
 */
public final class Browser implements BeforeEachCallback, ParameterResolver, TestExecutionExceptionHandler {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Browser.class);

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        boolean present = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (!present) {
            String message = "Browser test skipped: " + CHROMIUM + " and " + CHROMEDRIVER
                    + " are needed (Debian packages chromium and chromium-driver)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true but no browser: " + message);
            }
            System.err.println(message);
            Assumptions.abort(message);
        }
        context.getStore(NAMESPACE).put("session", start());
    }

    /** A fresh browser with its own profile: its own cookies, so its own signed-in person. */
    private static Session start() throws IOException {
        Path profile = Files.createTempDirectory("resuelve-chromium-");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless=new",
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,900",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new Session(driver, profile);
    }

    /** Closed by JUnit with the test's store. */
    private record Session(WebDriver driver, Path profile) implements AutoCloseable {

        @Override
        public void close() throws IOException {
            try {
                driver.quit();
            } finally {
                try (var files = Files.walk(profile)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                }
            }
        }
    }

    private static WebDriver driver(ExtensionContext context) {
        Session session = context.getStore(NAMESPACE).get("session", Session.class);
        return session == null ? null : session.driver();
    }

    /** Runs while the browser is still open, before JUnit closes the test's store. */
    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable cause) throws Throwable {
        saveEvidence(context);
        throw cause;
    }

    private static void saveEvidence(ExtensionContext context) {
        WebDriver driver = driver(context);
        if (driver == null) {
            return;
        }
        try {
            Path dir = Path.of("target", "browser-failures");
            Files.createDirectories(dir);
            String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getDisplayName()
                    .replaceAll("[^A-Za-z0-9_-]", "_");
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            Files.writeString(dir.resolve(name + ".html"), driver.getPageSource());
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not save the failure screenshot: " + e);
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == WebDriver.class;
    }

    /**
     * The first {@code WebDriver} parameter is the test's browser; a second one is another browser (another person
     * signed in at the same time), started on demand and closed with the test.
     */
    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        boolean second = java.util.Arrays.stream(parameter.getDeclaringExecutable().getParameterTypes())
                .limit(parameter.getIndex()).anyMatch(type -> type == WebDriver.class);
        if (!second) {
            return driver(context);
        }
        try {
            Session other = start();
            context.getStore(NAMESPACE).put("second-session", other);
            return other.driver();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
