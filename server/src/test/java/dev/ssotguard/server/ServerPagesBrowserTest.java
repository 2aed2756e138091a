package dev.ssotguard.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every page of the server in a real browser (Debian's chromium, headless, through
 * chromium-driver): sign-in, the overview, a repository, the inventory and matrix with their
 * filters, waivers by expiry, a rule. Repository values with markup stay text. Skipped, saying what
 * is missing, where chromium is not installed; .ci/run installs it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServerPagesBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  private static WebDriver browser;
  private static TestServer server;

  @TempDir static Path temp;

  @BeforeAll
  static void start() throws Exception {
    Assumptions.assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "server page tests skipped: install Debian's chromium and chromium-driver"
            + " (apt-get install chromium chromium-driver)");
    server = TestServer.start(false);
    Fixtures.Scan hostile = Fixtures.scan("hostile", temp);
    Fixtures.Scan platform =
        Fixtures.scanFolder(Path.of("../examples/platform"), temp.resolve("p"));
    upload(Fixtures.envelope("acme/web", "1111111", "2026-11-20T09:00:00Z", hostile));
    upload(Fixtures.envelope("acme/platform", "aaaaaaa", "2026-11-10T09:00:00Z", platform));
    upload(Fixtures.envelope("acme/platform", "bbbbbbb", "2026-11-25T09:00:00Z", platform));
    upload(Fixtures.envelope("data/reporting", "ccccccc", "2026-11-28T09:00:00Z", hostile));
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,1000");
    browser =
        new ChromeDriver(
            new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build(),
            options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
  }

  private static void upload(String body) throws Exception {
    assertThat(server.upload(TestServer.TOKEN, body).statusCode()).isEqualTo(201);
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  private static void open(String path) {
    browser.get(server.url(path));
  }

  private static List<WebElement> rows(String table) {
    return browser.findElements(By.cssSelector("#" + table + " tbody tr"));
  }

  /** Nothing from a repository ran or became markup: no alert, no image, no script element. */
  private static void nothingInjected() {
    try {
      browser.switchTo().alert();
      throw new AssertionError("a repository value opened an alert");
    } catch (NoAlertPresentException expected) {
      // good
    }
    JavascriptExecutor js = (JavascriptExecutor) browser;
    assertThat(js.executeScript("return document.images.length")).isEqualTo(0L);
    assertThat(js.executeScript("return document.scripts.length")).isEqualTo(0L);
  }

  /** Submits the filter form and waits for the filtered page (a click does not wait for it). */
  private static void submitFilter(String expectedQuery) {
    browser.findElement(By.cssSelector("form.filter button")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(
            d ->
                d.getCurrentUrl().contains(expectedQuery)
                    && "complete"
                        .equals(
                            ((JavascriptExecutor) d).executeScript("return document.readyState")));
  }

  private static void screenshot(String name) throws Exception {
    if (Boolean.getBoolean("server.screenshots")) {
      Files.write(
          Path.of("../docs/images", name),
          ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
  }

  @Test
  @Order(1)
  void aReaderSignsInWithAToken() {
    open("/");
    assertThat(browser.findElements(By.id("repositories-table"))).isEmpty();
    browser.findElement(By.name("token")).sendKeys("ssot_wrong-token-0000000000");
    browser.findElement(By.cssSelector("form.login button")).click();
    assertThat(browser.findElement(By.id("login-failed")).getText()).contains("not valid");
    browser.findElement(By.name("token")).sendKeys(TestServer.TOKEN);
    browser.findElement(By.cssSelector("form.login button")).click();
    assertThat(rows("repositories-table")).hasSize(3);
  }

  @Test
  @Order(2)
  void theOverviewShowsRepositoriesRulesAndTheTrend() throws Exception {
    open("/");
    assertThat(browser.findElement(By.id("repositories")).getText()).isEqualTo("3");
    assertThat(rows("rules-table")).isNotEmpty();
    String errors =
        browser.findElement(By.cssSelector("#trend .line-error")).getAttribute("points");
    assertThat(errors.split(" ")).hasSize(30);
    assertThat(browser.findElement(By.cssSelector("#repositories-table")).getText())
        .contains("acme/platform", "acme/web", "data/reporting");
    nothingInjected();
    screenshot("server-overview.png");
  }

  @Test
  @Order(3)
  void aRepositoryLinksFindingsToTheirLinesAndKeepsItsHistory() {
    open("/");
    browser.findElement(By.linkText("acme/platform")).click();
    assertThat(rows("findings-table")).isNotEmpty();
    assertThat(rows("history-table")).hasSize(2);
    WebElement link = browser.findElement(By.cssSelector("#findings-table a[href^='https://']"));
    assertThat(link.getAttribute("href"))
        .startsWith("https://github.com/acme/platform/blob/bbbbbbb/")
        .containsPattern("#L[0-9]+$");
  }

  @Test
  @Order(4)
  void aHostileFileNameStaysText() {
    open("/repositories/acme/web");
    String text = browser.findElement(By.id("findings-table")).getText();
    assertThat(text).contains("<img src=x onerror=alert(1)>");
    nothingInjected();
    assertThat(
            browser.findElements(By.cssSelector("#findings-table a[href*='%3Cimg']")).stream()
                .map(a -> a.getAttribute("href"))
                .toList())
        .isNotEmpty()
        .allMatch(h -> h.startsWith("https://github.com/acme/web/blob/1111111/%3Cimg"));
  }

  @Test
  @Order(5)
  void theInventoryFiltersByEngine() {
    open("/inventory");
    int all = rows("inventory-table").size();
    new Select(browser.findElement(By.name("engine"))).selectByVisibleText("SQLite");
    submitFilter("engine=SQLite");
    List<WebElement> sqlite = rows("inventory-table");
    assertThat(sqlite).isNotEmpty().hasSizeLessThan(all);
    assertThat(sqlite)
        .allMatch(r -> r.findElements(By.tagName("td")).get(2).getText().equals("SQLite"));
  }

  @Test
  @Order(6)
  void theMatrixFiltersByVerdictAndRuntime() throws Exception {
    open("/matrix");
    int all = rows("matrix-table").size();
    screenshot("server-matrix.png");
    new Select(browser.findElement(By.name("verdict"))).selectByVisibleText("error");
    submitFilter("verdict=error");
    List<WebElement> errors = rows("matrix-table");
    assertThat(errors).isNotEmpty().hasSizeLessThan(all);
    assertThat(errors)
        .allMatch(r -> r.findElements(By.tagName("td")).get(8).getText().equals("error"));
    assertThat(browser.getCurrentUrl()).contains("verdict=error");
    nothingInjected();
  }

  /**
   * The endpoint filter is the endpoint's class: "DO managed :25060" is filed under "DO managed".
   */
  @Test
  @Order(7)
  void theMatrixApiFiltersByEndpointClassWithoutPorts() throws Exception {
    com.fasterxml.jackson.databind.JsonNode page =
        Fixtures.JSON.readTree(
            server.get("/api/v1/matrix?endpoint=DO+managed", TestServer.TOKEN).body());
    List<String> classes = new java.util.ArrayList<>();
    page.get("choices").get("endpoints").forEach(n -> classes.add(n.asText()));
    assertThat(classes).contains("DO managed").noneMatch(c -> c.matches(".*:[0-9]+$"));
    assertThat(page.get("connections")).isNotEmpty();
    page.get("connections")
        .forEach(c -> assertThat(c.get("endpoint").asText()).startsWith("DO managed :"));
  }

  @Test
  @Order(8)
  void waiversAndMysqlPlansAreListedByExpiry() {
    open("/waivers");
    assertThat(browser.findElement(By.id("soon")).getText()).isEqualTo("2");
    List<WebElement> rows = rows("waivers-table");
    assertThat(rows.get(0).getText()).contains("2026-12-20", "soon", "SSOT301");
    assertThat(rows.get(rows.size() - 1).getText()).contains("2027-06-30", "legacy-crm");
    assertThat(browser.findElement(By.id("waivers-table")).getText())
        .contains("</td><script>alert(2)</script> moves to PostgreSQL");
    nothingInjected();
  }

  @Test
  @Order(9)
  void aRulePageShowsWhereItFires() {
    open("/rules/SSOT301");
    assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("SSOT301 ");
    assertThat(rows("rule-repositories")).isNotEmpty();
    assertThat(rows("rule-findings")).isNotEmpty();
    open("/rules/SSOT999");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Not found");
  }
}
