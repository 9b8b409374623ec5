package io.eventwire;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person at the console: Debian's headless Chromium driven through Debian's chromedriver. Both paths are
 * given explicitly, so Selenium Manager never tries to download a browser or driver (the network is closed).
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final Duration PATIENCE = Duration.ofSeconds(15);

    private final URL base;
    private final WebDriver driver;

    private Browser(URL base, WebDriver driver) {
        this.base = base;
        this.driver = driver;
    }

    public static Browser open(URL base) {
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER);
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM)
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,800",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                .build();
        return new Browser(base, new ChromeDriver(service, options));
    }

    /** Logs in through the console's form and waits for the console to show who is logged in. */
    public Browser login(String user, String password) {
        go("console/login.xhtml");
        waitFor(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("login")).click();
        new WebDriverWait(driver, PATIENCE).until(d -> !d.getCurrentUrl().contains("login.xhtml")
                || d.getCurrentUrl().contains("failed=true"));
        if (driver.getCurrentUrl().contains("failed=true")) {
            throw new AssertionError("the console refused " + user + "'s login");
        }
        return this;
    }

    /** Opens a page relative to the application's base URL, e.g. "console/orders.xhtml". */
    public void go(String path) {
        try {
            driver.get(new URL(base, path.startsWith("/") ? path.substring(1) : path).toString());
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(path, e);
        }
    }

    /** The element once it is visible, e.g. after an AJAX update; fails after about 15 seconds. */
    public WebElement waitFor(By by) {
        return new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public WebDriver driver() {
        return driver;
    }

    /** Saves what the browser shows as src/docs/screenshots/{name}.png of the repository, for the README. */
    public void screenshot(String name) {
        Path target = Path.of(System.getProperty("eventwire.repo.root", "..")).resolve("src/docs/screenshots")
                .resolve(name + ".png");
        Path taken = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        try {
            Files.createDirectories(target.getParent());
            Files.copy(taken, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
