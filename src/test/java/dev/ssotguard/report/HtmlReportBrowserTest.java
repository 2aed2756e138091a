package dev.ssotguard.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ssotguard.testing.Scans;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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

/**
 * The HTML report in a real browser: Debian's chromium, headless, driven through chromium-driver
 * (no driver is downloaded). Skipped, saying what is missing, where they are not installed; .ci/run
 * installs them.
 */
class HtmlReportBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  private static WebDriver browser;

  @TempDir static Path temp;

  @BeforeAll
  static void startBrowser() {
    Assumptions.assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "HTML report browser test skipped: install Debian's chromium and chromium-driver"
            + " (apt-get install chromium chromium-driver)");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,1800");
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  private static Path report(Path repo) {
    Path html = temp.resolve(repo.getFileName() + ".html");
    Scans.CliRun run = Scans.cli("scan", repo.toString(), "-f", "html=" + html);
    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    return html;
  }

  private static Object js(String script) {
    return ((JavascriptExecutor) browser).executeScript(script);
  }

  @Test
  void rendersFindingsInventoryAndGraphAndTheFiltersWork() throws IOException {
    Path repo = Scans.copy(Path.of("src/test/resources/golden/repo"), temp.resolve("golden-repo"));
    Path html = report(repo);
    String page = Files.readString(html);
    assertThat(page).contains("<meta http-equiv=\"Content-Security-Policy\"");
    assertThat(page).doesNotContainPattern("(?i)<(script|link|img|iframe)[^>]+(src|href)=");
    browser.get(html.toUri().toString());
    assertThat(js("return document.body.dataset.rendered")).isEqualTo("true");
    assertThat(browser.findElement(By.id("summary")).getText()).startsWith("3 errors, 1 warning");
    int all = browser.findElements(By.cssSelector("#by-file tbody tr")).size();
    assertThat(all).isEqualTo(5);
    assertThat(browser.findElements(By.cssSelector("#graph svg"))).hasSize(1);
    assertThat(browser.findElements(By.cssSelector("#datastores tbody tr"))).isNotEmpty();

    browser.findElement(By.id("f-error")).click();
    assertThat(visibleRows()).isEqualTo(2);
    browser.findElement(By.id("f-error")).click();
    selectRule("SSOT901");
    assertThat(visibleRows()).isEqualTo(1);
    selectRule("");
    WebElement text = browser.findElement(By.id("filter-text"));
    text.sendKeys("superset_config");
    assertThat(visibleRows()).isEqualTo(1);
    text.clear();
    browser.findElement(By.cssSelector("button[data-view=by-rule]")).click();
    assertThat(browser.findElement(By.id("by-rule")).isDisplayed()).isTrue();
    assertThat(browser.findElement(By.id("by-file")).isDisplayed()).isFalse();

    if (Boolean.getBoolean("html.screenshot")) {
      browser.findElement(By.cssSelector("button[data-view=by-file]")).click();
      byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
      Files.write(Path.of("docs/images/html-report.png"), png);
    }
  }

  @Test
  void hostileNamesAndValuesRunNoScript() throws IOException {
    Path repo = temp.resolve("hostile");
    Files.createDirectories(repo);
    Files.writeString(
        repo.resolve("<img src=x onerror=alert(1)>.env"),
        "DATABASE_URL=postgresql://app:Hostile-pw-1@db.acme-corp.io:5432/app\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        repo.resolve("compose.yaml"),
        """
        services:
          "</script><script>alert(2)</script>":
            image: n8nio/n8n:1.80.0
            environment:
              N8N_DB_TYPE: "</script><img src=x onerror=alert(3)>"
        """,
        StandardCharsets.UTF_8);
    Path html = report(repo);
    browser.get(html.toUri().toString());
    assertThat(js("return document.body.dataset.rendered")).isEqualTo("true");
    assertThatThrownBy(() -> browser.switchTo().alert())
        .isInstanceOf(NoAlertPresentException.class);
    assertThat(browser.findElements(By.cssSelector("#findings img"))).isEmpty();
    // The URL to db.acme-corp.io is a connection: the graph draws it, coloured as a break.
    assertThat(browser.findElements(By.cssSelector("#graph svg line.edge-breaks"))).isNotEmpty();
    assertThat(browser.findElements(By.tagName("script"))).hasSize(2);
    assertThat(browser.findElement(By.id("by-file")).getText())
        .contains("<img src=x onerror=alert(1)>.env")
        .contains("</script><script>alert(2)</script>");
  }

  /** Picks an option as a user would: the value changes and the change event fires. */
  private static void selectRule(String value) {
    WebElement select = browser.findElement(By.id("filter-rule"));
    ((JavascriptExecutor) browser)
        .executeScript(
            "arguments[0].value = arguments[1];"
                + " arguments[0].dispatchEvent(new Event('change'));",
            select,
            value);
  }

  private static int visibleRows() {
    return ((Number)
            js(
                "return [...document.querySelectorAll('#by-file tbody tr')]"
                    + ".filter(r => !r.classList.contains('hidden')).length"))
        .intValue();
  }
}
