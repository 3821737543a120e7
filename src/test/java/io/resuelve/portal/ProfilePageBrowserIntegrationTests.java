package io.resuelve.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import javax.imageio.ImageIO;

import io.resuelve.support.ApiClient;
import io.resuelve.support.Browser;
import io.resuelve.support.Fixtures;
import io.resuelve.support.MutableClock;
import io.resuelve.support.ResuelveIntegrationTest;
import io.resuelve.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Seed 002 "Perfil del usuario" in a real Chromium: data, language, time zone, photo, password and API tokens. */
@ResuelveIntegrationTest
@ExtendWith(Browser.class)
class ProfilePageBrowserIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @TempDir
    Path files;

    Fixtures fixtures;
    Fixtures.Organisation andina;
    Fixtures.Person carolina;

    @BeforeEach
    void setUp() {
        // A replaced password and a revoked token count as failed sign-ins from this machine: let others' age out.
        clock.advance(Duration.ofMinutes(6));
        fixtures = new Fixtures(port);
        andina = fixtures.organisation("Distribuidora Andina", true);
        carolina = fixtures.customer("Carolina Rojas", andina);
    }

    @Test
    void aCustomerChangesTheirDetailsAndThePageSpeaksTheirNewLanguageAtOnce(WebDriver browser) {
        signIn(browser, carolina, Fixtures.PASSWORD);
        open(browser, "/perfil");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Mi perfil");

        replace(browser.findElement(By.id("name")), "Carolina Rojas Díaz");
        replace(browser.findElement(By.id("jobTitle")), "Jefa de operaciones");
        replace(browser.findElement(By.id("phone")), "+57 601 555 0123");
        new Select(browser.findElement(By.id("language"))).selectByValue("EN");
        new Select(browser.findElement(By.id("timeZone"))).selectByValue("Europe/Madrid");
        press(browser, browser.findElement(By.cssSelector("form[action$='/perfil'] button[type=submit]")));

        waitFor(browser).until(ExpectedConditions.textToBe(By.tagName("h1"), "My profile"));
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
        assertThat(browser.findElement(By.cssSelector(".alert-success")).getText())
                .isEqualTo("Your details have been saved.");
        assertThat(browser.findElement(By.cssSelector("header a[href='/perfil']")).getText())
                .isEqualTo("Carolina Rojas Díaz");
        assertThat(browser.findElement(By.id("jobTitle")).getDomProperty("value")).isEqualTo("Jefa de operaciones");
        assertThat(new Select(browser.findElement(By.id("timeZone"))).getFirstSelectedOption().getText())
                .isEqualTo("Europe/Madrid");

        var me = fixtures.as(carolina).get("/api/v1/me");
        assertThat(me.text("name")).isEqualTo("Carolina Rojas Díaz");
        assertThat(me.text("language")).isEqualTo("en");
        assertThat(me.text("timeZone")).isEqualTo("Europe/Madrid");
        assertThat(me.text("phone")).isEqualTo("+57 601 555 0123");
    }

    @Test
    void aRefusedChangeSaysWhyInTheFormAndKeepsWhatWasTyped(WebDriver browser) {
        signIn(browser, carolina, Fixtures.PASSWORD);
        open(browser, "/perfil");
        replace(browser.findElement(By.id("name")), " ");
        replace(browser.findElement(By.id("jobTitle")), "Analista");
        press(browser, browser.findElement(By.cssSelector("form[action$='/perfil'] button[type=submit]")));

        WebElement error = waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("data-error")));
        assertThat(error.getDomAttribute("role")).isEqualTo("alert");
        assertThat(error.getText()).isEqualTo("Escriba su nombre.");
        WebElement name = browser.findElement(By.id("name"));
        assertThat(name.getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(name.getDomAttribute("aria-describedby")).isEqualTo("data-error");
        assertThat(browser.switchTo().activeElement()).isEqualTo(name);
        assertThat(browser.findElement(By.id("jobTitle")).getDomProperty("value")).isEqualTo("Analista");
        assertThat(fixtures.as(carolina).get("/api/v1/me").json().path("jobTitle").isNull()).isTrue();
    }

    @Test
    void aPhotoIsScaledShownToColleaguesOnlyAndCanBeRemoved(WebDriver browser) throws IOException {
        Fixtures.Person colleague = fixtures.customer("Andrés Pérez", andina);
        Fixtures.Person stranger = fixtures.customer("Ignacio Muñoz", fixtures.organisation("Farmacias del Sur", false));
        signIn(browser, carolina, Fixtures.PASSWORD);
        open(browser, "/perfil");

        Path notAPhoto = Files.writeString(files.resolve("foto.png"), "Esto no es una imagen.");
        browser.findElement(By.id("photo")).sendKeys(notAPhoto.toString());
        press(browser, browser.findElement(By.cssSelector("form[action$='/perfil/foto'] button[type=submit]")));
        WebElement error = waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("photo-error")));
        assertThat(error.getDomAttribute("role")).isEqualTo("alert");
        assertThat(error.getText()).startsWith("El archivo no es una imagen que podamos usar.");

        Path photo = files.resolve("retrato.png");
        ImageIO.write(picture(600, 300), "png", photo.toFile());
        browser.findElement(By.id("photo")).sendKeys(photo.toString());
        press(browser, browser.findElement(By.cssSelector("form[action$='/perfil/foto'] button[type=submit]")));
        WebElement image = waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("img[alt='Foto de perfil de Carolina Rojas']")));
        waitFor(browser).until(driver -> ((Number) script(driver, "return arguments[0].naturalWidth", image))
                .intValue() > 0);
        assertThat(((Number) script(browser, "return arguments[0].naturalWidth", image)).intValue()).isEqualTo(256);
        assertThat(((Number) script(browser, "return arguments[0].naturalHeight", image)).intValue()).isEqualTo(128);

        String photoPath = "/personas/" + carolina.id() + "/foto";
        var seen = WebSession.signedIn(port, colleague.email(), Fixtures.PASSWORD).get(photoPath);
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.header("Content-Type")).isEqualTo("image/png");
        assertThat(seen.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(seen.header("Cache-Control")).isEqualTo("private, max-age=300");
        assertThat(ImageIO.read(new ByteArrayInputStream(seen.bytes())).getWidth()).isEqualTo(256);
        var hidden = WebSession.signedIn(port, stranger.email(), Fixtures.PASSWORD).get(photoPath);
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.body()).doesNotContain("PNG");

        press(browser, browser.findElement(By.cssSelector("form[action$='/perfil/foto/quitar'] button")));
        assertThat(browser.switchTo().alert().getText()).isEqualTo("¿Quitar su foto de perfil?");
        browser.switchTo().alert().accept();
        waitFor(browser).until(ExpectedConditions.textToBe(By.cssSelector(".alert-success"),
                "Se quitó su foto de perfil."));
        assertThat(browser.findElements(By.cssSelector("img[alt^='Foto de perfil']"))).isEmpty();
        assertThat(WebSession.signedIn(port, colleague.email(), Fixtures.PASSWORD).get(photoPath).status())
                .isEqualTo(404);
    }

    @Test
    void thePasswordChangesOnlyWithTheCurrentOne(WebDriver browser) {
        String newPassword = "otra-contraseña-segura-2";
        signIn(browser, carolina, Fixtures.PASSWORD);
        open(browser, "/perfil");

        changePassword(browser, "no-es-la-actual", newPassword);
        WebElement error = waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(
                By.id("password-error")));
        assertThat(error.getDomAttribute("role")).isEqualTo("alert");
        assertThat(error.getText()).isEqualTo("La contraseña actual no es correcta.");
        assertThat(browser.findElement(By.id("currentPassword")).getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(fixtures.as(carolina).get("/api/v1/me").status()).isEqualTo(200);

        changePassword(browser, Fixtures.PASSWORD, newPassword);
        waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert-success"),
                "Su contraseña se cambió."));
        ApiClient api = fixtures.anonymous();
        assertThat(api.as(carolina.email(), newPassword).get("/api/v1/me").status()).isEqualTo(200);
        assertThat(api.as(carolina.email(), Fixtures.PASSWORD).get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void anApiTokenIsShownOnceWorksAndStopsWorkingWhenRevoked(WebDriver browser) {
        signIn(browser, carolina, Fixtures.PASSWORD);
        open(browser, "/perfil");
        assertThat(browser.findElement(By.id("tokens")).getText()).contains("Todavía no tiene tokens de API.");

        browser.findElement(By.id("tokenName")).sendKeys("Sincronización SAP");
        press(browser, browser.findElement(By.cssSelector("form[action$='/perfil/tokens'] button[type=submit]")));
        WebElement shown = waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(
                By.id("created-token")));
        String token = shown.getDomProperty("value");
        assertThat(token).startsWith("rsv_");
        assertThat(browser.findElement(By.id("created-token-note")).getText()).contains("no se volverá a mostrar");
        assertThat(browser.switchTo().activeElement()).isEqualTo(shown);

        ApiClient withToken = fixtures.anonymous().withToken(token);
        assertThat(withToken.get("/api/v1/me").text("email")).isEqualTo(carolina.email());

        open(browser, "/perfil");
        assertThat(browser.getPageSource()).doesNotContain(token);
        WebElement row = browser.findElement(By.xpath("//section[@id='tokens']//tr[td[1]='Sincronización SAP']"));
        assertThat(row.findElements(By.tagName("time"))).as("created and last used").hasSize(2);

        press(browser, row.findElement(By.tagName("button")));
        assertThat(browser.switchTo().alert().getText()).startsWith("¿Revocar el token «Sincronización SAP»?");
        browser.switchTo().alert().accept();
        waitFor(browser).until(ExpectedConditions.textToBe(By.cssSelector(".alert-success"), "El token se revocó."));
        assertThat(browser.findElement(By.id("tokens")).getText()).doesNotContain("Sincronización SAP");
        assertThat(withToken.get("/api/v1/me").status()).isEqualTo(401);
    }

    private void signIn(WebDriver browser, Fixtures.Person person, String password) {
        open(browser, "/login");
        browser.findElement(By.id("username")).sendKeys(person.email());
        browser.findElement(By.id("password")).sendKeys(password);
        press(browser, browser.findElement(By.cssSelector("main button[type=submit]")));
        waitFor(browser).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private static void changePassword(WebDriver browser, String current, String next) {
        browser.findElement(By.id("currentPassword")).sendKeys(current);
        browser.findElement(By.id("newPassword")).sendKeys(next);
        browser.findElement(By.id("confirmation")).sendKeys(next);
        press(browser, browser.findElement(By.cssSelector("form[action$='/perfil/contrasena'] button[type=submit]")));
    }

    /** Bootstrap scrolls smoothly: bring the button into view at once, or the click lands while the page moves. */
    private static void press(WebDriver browser, WebElement button) {
        script(browser, "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", button);
        button.click();
    }

    private void open(WebDriver browser, String path) {
        browser.get("http://localhost:" + port + path);
    }

    private static void replace(WebElement input, String text) {
        input.clear();
        input.sendKeys(text);
    }

    private static WebDriverWait waitFor(WebDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    private static Object script(WebDriver browser, String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }

    private static BufferedImage picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(0x0B57D0));
        graphics.fillRect(0, 0, width, height);
        graphics.dispose();
        return image;
    }
}
