package com.opsledger.infra.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operations dashboard in a real headless Chromium: the page comes without a token, a person signs in, sees the
 * cards, and sees the page follow an order that creates a backorder, placed through the API, without reloading.
 * Skipped, saying so, only where no Chromium and chromedriver are installed ({@code apt-get install chromium
 * chromium-driver}); the last screenshot is kept in {@code target/dashboard.png}.
 */
class DashboardBrowserIT extends ApplicationIT {

    private static final Duration WAIT = Duration.ofSeconds(40);
    private WebDriver browser;
    private Path profile;

    @BeforeEach
    void browser() throws IOException {
        String chromium = firstExisting(System.getenv("CHROME_BIN"), "/usr/bin/chromium", "/usr/bin/chromium-browser",
                "/usr/bin/google-chrome");
        String driver = firstExisting(System.getenv("CHROMEDRIVER"), "/usr/bin/chromedriver",
                "/usr/lib/chromium/chromedriver");
        Assumptions.assumeTrue(chromium != null && driver != null, "no Chromium and chromedriver found (install "
                + "Debian's chromium and chromium-driver): the dashboard's browser test is skipped");
        profile = Files.createTempDirectory("dashboard-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1100", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(driver))
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void close() throws IOException {
        if (browser != null) {
            screenshot();
            browser.quit();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    void canSignInSeeTheCardsAndFollowANewBackorderWithoutReloading() throws Exception {
        assertThat(anonymousGet("/").statusCode()).as("the page needs no token").isEqualTo(200);
        assertThat(anonymousGet("/webjars/echarts/5.3.1/dist/echarts.min.js").statusCode()).isEqualTo(200);
        assertThat(anonymousGet("/api/v1/alerts").statusCode()).as("its data does").isEqualTo(401);

        browser.get("http://127.0.0.1:" + port + "/");
        Accounts.Account person = Accounts.create(api(), "admin");
        browser.findElement(By.id("username")).sendKeys(person.username());
        browser.findElement(By.id("password")).sendKeys(person.password());
        browser.findElement(By.id("sign-in-button")).click();

        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        wait.until(page -> page.findElement(By.id("dashboard")).isDisplayed());
        assertThat(browser.findElement(By.id("sign-in")).isDisplayed()).as("the sign-in form gives way").isFalse();
        wait.until(page -> page.findElements(By.cssSelector("#cards .card")).size() >= 8);
        wait.until(page -> page.findElement(By.id("live")).getText().equals("live"));
        assertThat(browser.findElement(By.cssSelector("[data-kpi='backorders.open'] .label")).getText())
                .isEqualTo("Open backorders");
        boolean kpisServed = api().get("/api/v1/dashboards/backorders").status() == 200;
        boolean alertsServed = api().get("/api/v1/alerts?status=open").status() == 200;
        if (kpisServed) {
            wait.until(page -> !cardValue("backorders.open").equals("—"));
        }
        String openBefore = cardValue("backorders.open");
        ((JavascriptExecutor) browser).executeScript("window.notReloaded = true;");
        screenshot();

        // below its reorder point as well as short: a backorder and, where alerts are served, an alert
        StockFlows.StockSetup stock = StockFlows.stockItem(api(), "Dashboard Watched", "pcs", 5);
        OrderFlows.receive(api(), stock.stockItemId(), 1);
        String customer = OrderFlows.customer(api(), "Dashboard Customer", unique("d").toLowerCase()
                + "@example.com", "gold");
        String orderId = OrderFlows.order(api(), customer, stock.warehouseId(), stock.productId(), 4);

        wait.until(page -> page.findElements(By.cssSelector("#changes li[data-type='backorder']")).size() > 0);
        assertThat(browser.findElements(By.cssSelector("#changes li[data-type='order']"))).isNotEmpty();
        if (kpisServed) {
            wait.until(page -> !cardValue("backorders.open").equals(openBefore));
        }
        if (alertsServed) {
            wait.until(page -> page.findElements(By.cssSelector("#alerts li[data-subject='" + stock.stockItemId()
                    + "'][data-kind='below-reorder-point']")).size() == 1);
        }
        assertThat(((JavascriptExecutor) browser).executeScript("return window.notReloaded === true;"))
                .as("the page changed without reloading").isEqualTo(true);
        assertThat(browser.findElement(By.id("changes")).getText()).contains(orderId.substring(0, 8));
    }

    private String cardValue(String kpi) {
        List<WebElement> value = browser.findElements(By.cssSelector("[data-kpi='" + kpi + "'] .value"));
        return value.isEmpty() ? "" : value.get(0).getText();
    }

    private HttpResponse<Void> anonymousGet(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .build(), HttpResponse.BodyHandlers.discarding());
    }

    private void screenshot() throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.createDirectories(Path.of("target"));
        Files.copy(shot.toPath(), Path.of("target", "dashboard.png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static String firstExisting(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank() && Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        return null;
    }
}
