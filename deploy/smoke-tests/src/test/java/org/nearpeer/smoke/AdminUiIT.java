package org.nearpeer.smoke;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nearpeer.stack.Component;
import org.nearpeer.stack.LocalStack;
import org.nearpeer.stack.NearpeerService;
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

import io.restassured.http.ContentType;

/**
 * The admin UI in a real browser (Debian's headless Chromium) against the packaged stack: a
 * coordinator signs in through Keycloak, opens a cycle, moves it to matching, runs the matching,
 * approves it and opens the statistics; a coordinator of another school sees none of it.
 * Screenshots go to target/screenshots.
 */
@ExtendWith(RunningStack.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdminUiIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String SEMESTER = "2028-fall";
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    private static LocalStack stack;
    private static WebDriver browser;
    private static WebDriverWait wait;
    private static String cycleId;

    @BeforeAll
    static void aCycleWithApplicationsAndABrowser() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Debian's chromium and chromium-driver are needed (apt-get install chromium chromium-driver; .ci/run installs them)");
        stack = RunningStack.stack();
        cycleId = openCycleWithApplications();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1366,900");
        ChromeDriverService driver = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        browser = new ChromeDriver(driver, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void closeTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    @Order(1)
    void aCoordinatorSignsInThroughKeycloakAndSeesTheCycleDashboard() {
        signIn("coordinator.north");
        seeText("Cycle dashboard");
        seeText("Matching review");
        seeText("Statistics");
        screenshot("1-dashboard");
    }

    @Test
    @Order(2)
    void theGeneratedCycleListOpensACycleWithItsActions() {
        browser.get(ui() + "#/enrollment-cycles");
        click(By.xpath("//td//span[normalize-space()='" + SEMESTER + "']"));
        seeText("Move to the next stage");
        seeText("Set schedule and rules");
        screenshot("2-cycle");
    }

    @Test
    @Order(3)
    void theGeneratedCreateFormShowsTheServicesProblemAndThenCreatesTheCycle() {
        browser.get(ui() + "#/enrollment-cycles/create");
        type("semester", "2029-spring");
        type("title", "Made in the browser");
        typeDate("applicationOpensOn", "03", "02", "2029");
        typeDate("applicationClosesOn", "02", "01", "2029");
        click(By.xpath("//button[normalize-space()='Save']"));
        seeText("closes (2029-02-01) before it opens (2029-03-02)");
        screenshot("3-create-problem");
        typeDate("applicationClosesOn", "03", "20", "2029");
        click(By.xpath("//button[normalize-space()='Save']"));
        seeText("Cycle 2029-spring");
        screenshot("3-created");
    }

    @Test
    @Order(4)
    void theDashboardMovesTheCycleToMatching() {
        browser.get(ui() + "#/");
        chooseCycle();
        click(By.xpath("//button[normalize-space()='Move to matching']"));
        seeText("The cycle is MATCHING");
        screenshot("4-matching-stage");
    }

    @Test
    @Order(5)
    void matchingIsRunReviewedAndApproved() {
        browser.get(ui() + "#/matching-review");
        chooseCycle();
        seeText("Candidates: 3 mentees, 3 mentors");
        click(By.xpath("//button[normalize-space()='Run matching']"));
        click(By.xpath("//button[normalize-space()='Approve all 3']"));
        wait.until(d -> d.findElements(By.xpath("//td[normalize-space()='confirmed']")).size() == 3);
        screenshot("5-matching-approved");
        given().auth().oauth2(token("coordinator.north")).queryParam("status", "CONFIRMED")
                .when().get(stack.serviceUrl(NearpeerService.MATCHING) + "/api/v1/cycles/" + cycleId + "/pairs")
                .then().statusCode(200).body("size()", equalTo(3));
    }

    @Test
    @Order(6)
    void theStatisticsShowTheProgramTables() {
        browser.get(ui() + "#/statistics");
        seeText("Participants and response rate");
        seeText("Table 2. Satisfaction (1–5) by role, Mann-Whitney U");
        seeText("Download PDF");
        screenshot("6-statistics");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(820, 1180));
        seeText("Participants and response rate");
        screenshot("6-statistics-tablet");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 900));
    }

    @Test
    @Order(7)
    void aCoordinatorOfAnotherSchoolSeesNoneOfIt() {
        signOut();
        signIn("coordinator.south");
        browser.get(ui() + "#/enrollment-cycles");
        seeText("Cycles");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".MuiLinearProgress-root")));
        assertThat(browser.findElements(By.xpath("//span[normalize-space()='" + SEMESTER + "']"))).isEmpty();
        browser.get(ui() + "#/matching-review");
        click(By.cssSelector("[aria-labelledby='cycle-picker-label']"));
        List<WebElement> options = browser.findElements(By.cssSelector("li[role='option']"));
        assertThat(options).noneMatch(o -> o.getText().contains(SEMESTER));
        screenshot("7-other-school");
    }

    // --- the browser ---

    private static String ui() {
        return stack.settings().url(Component.ADMIN_UI) + "/";
    }

    private static void signIn(String username) {
        browser.get(ui());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("nearpeer");
        browser.findElement(By.id("kc-login")).click();
        seeText("Nearpeer");
    }

    private static void signOut() {
        click(By.cssSelector("button[aria-label='Profile']"));
        click(By.xpath("//li[normalize-space()='Logout']"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    }

    private static void type(String source, String text) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='" + source + "']")));
        input.clear();
        input.sendKeys(text);
    }

    /** A date input takes the digits in the browser's (en-US) order. */
    private static void typeDate(String source, String month, String day, String year) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='" + source + "']")));
        input.click();
        input.sendKeys(month + day + year);
    }

    private static void chooseCycle() {
        click(By.cssSelector("[aria-labelledby='cycle-picker-label']"));
        click(By.xpath("//li[@role='option'][contains(normalize-space(), '" + SEMESTER + "')]"));
    }

    private static void click(By element) {
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    private static void seeText(String text) {
        try {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//*[contains(normalize-space(), \"" + text + "\")]")));
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("failed-" + text.replaceAll("[^A-Za-z0-9]+", "-"));
            throw e;
        }
    }

    private static void screenshot(String name) {
        try {
            Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- the data, through the APIs ---

    private static String token(String username) {
        return RunningStack.token(username);
    }

    /** An open cycle without pre-education, with three mentees and three mentors recorded by the coordinator. */
    private static String openCycleWithApplications() {
        String coordinator = token("coordinator.north");
        String cycles = stack.serviceUrl(NearpeerService.ENROLLMENT) + "/api/v1/cycles";
        String id = given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body("{\"semester\":\"" + SEMESTER + "\",\"title\":\"Browser test\",\"applicationOpensOn\":\"2028-08-21\",\"applicationClosesOn\":\"2028-09-08\"}")
                .when().post(cycles).then().statusCode(201).extract().path("id");
        given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body("""
                        {"applicationOpensOn":"2028-08-21","applicationClosesOn":"2028-09-08","matchingOn":"2028-09-11","sessionsStartOn":"2028-09-18",
                         "sessionsEndOn":"2028-12-08","surveyOpensOn":"2028-12-11","surveyClosesOn":"2028-12-22","trainingRequired":false}""")
                .when().put(cycles + "/" + id + "/configuration").then().statusCode(200);
        given().auth().oauth2(coordinator).contentType(ContentType.JSON).body("{\"stage\":\"OPEN\"}")
                .when().post(cycles + "/" + id + "/stage").then().statusCode(200);
        for (int i = 1; i <= 3; i++) {
            apply(coordinator, cycles + "/" + id + "/applications", "ui-mentee-" + i, "MENTEE", "PY2", "premedical campus");
            apply(coordinator, cycles + "/" + id + "/applications", "ui-mentor-" + i, "MENTOR", "Y1", "medical campus");
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(coordinator)
                .when().get(stack.serviceUrl(NearpeerService.MATCHING) + "/api/v1/cycles/" + id + "/pool")
                .then().statusCode(200).body("mentees", equalTo(3)).body("mentors", equalTo(3)));
        return id;
    }

    private static void apply(String coordinator, String url, String participant, String role, String year, String campus) {
        given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body("""
                        {"application":{"role":"%s","yearLevel":"%s","campus":"%s","helpAreas":["EXAM_REVIEW"],"purposes":["%s"],
                         "meetingMethods":["FACE_TO_FACE"],"researchConsent":true},"acceptsProgramRules":true,
                         "onBehalfOf":{"participantId":"%s","email":"%s@north-valley.example.org"}}"""
                        .formatted(role, year, campus, role.equals("MENTEE") ? "ACADEMIC_HELP" : "HELPING_JUNIORS", participant, participant))
                .when().post(url).then().statusCode(201);
    }
}
