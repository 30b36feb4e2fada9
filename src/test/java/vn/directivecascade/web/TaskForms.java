package vn.directivecascade.web;

import java.util.List;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person's hands on Tasklist and the forms of forms/*.html, by what they read: filters, task names,
 * field labels, button texts. Fields are found by their label (the server's field labels), as a person
 * finds them; inside a table row by the row's own labels.
 */
public final class TaskForms {

  /** Every visible text, placeholder, tooltip and accessible label of the page, trimmed. */
  static final String VISIBLE_TEXTS = """
      const texts = new Set();
      const visible = element => element && element.getClientRects().length > 0
          && getComputedStyle(element).visibility !== 'hidden';
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const text = walker.currentNode.textContent.trim();
        if (text && visible(walker.currentNode.parentElement)) texts.add(text);
      }
      document.querySelectorAll('[placeholder], [title], [aria-label]').forEach(element => {
        if (!visible(element)) return;
        ['placeholder', 'title', 'aria-label'].forEach(name => {
          const value = (element.getAttribute(name) || '').trim();
          if (value) texts.add(value);
        });
      });
      return Array.from(texts);
      """;

  private final WebDriver driver;
  private final WebDriverWait wait;

  public TaskForms(WebDriver driver, WebDriverWait wait) {
    this.driver = driver;
    this.wait = wait;
  }

  public WebDriverWait await() {
    return wait;
  }

  /**
   * Opens a filter of the task list, then the task {@code taskId} in it (as a link from the board or
   * a mail does: a shared test database holds more tasks than a list's first page shows), and checks
   * that Tasklist names it {@code name} (its start).
   */
  public void openTask(String filter, String name, String taskId) {
    wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText(filter))).click();
    wait.until(ExpectedConditions.urlContains("filter="));
    ((JavascriptExecutor) driver).executeScript("location.hash = location.hash + '&task=' + arguments[0]", taskId);
    wait.until(ExpectedConditions.textMatches(By.cssSelector(".names h2.task"),
        Pattern.compile("^" + Pattern.quote(name))));
    formLoaded();
  }

  /** The names of the tasks the open filter lists (its first page). */
  public List<String> listed() {
    return driver.findElements(By.cssSelector(".tasks-list .names h4.task a")).stream().map(WebElement::getText).toList();
  }

  /** Claims the open task when it is not the user's yet ("Nhận xử lý"), so its form can be filled in. */
  public void claim() {
    List<WebElement> claim = driver.findElements(By.xpath("//*[normalize-space(.) = 'Nhận xử lý'][self::a or self::button]"));
    if (!claim.isEmpty() && claim.get(0).isDisplayed()) {
      claim.get(0).click();
      wait.until(ExpectedConditions.invisibilityOfElementLocated(By.xpath("//*[normalize-space(.) = 'Nhận xử lý'][self::a or self::button]")));
      formLoaded();
    }
  }

  /** Opens the start dialog and the process named {@code process} in it. */
  public void startProcess(String process) {
    wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText("Bắt đầu quy trình"))).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//div[contains(@class, 'modal')]//a[contains(., " + literal(process) + ")]")))
        .click();
    formLoaded();
  }

  /** The form has drawn its fields (the script removes its loading line). */
  public void formLoaded() {
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.dc-form .dc-field, form.dc-form .dc-view")));
    wait.until(driver -> driver.findElements(By.cssSelector("form.dc-form .dc-loading")).isEmpty());
  }

  public WebElement form() {
    return driver.findElement(By.cssSelector("form.dc-form"));
  }

  /** The control of the field labelled {@code label} (the label's own text, without the required mark). */
  public WebElement field(String label) {
    return field(form(), label);
  }

  public WebElement field(SearchContext within, String label) {
    WebElement labelElement = within.findElement(By.xpath(".//label[contains(@class, 'control-label')][normalize-space(text()[1]) = "
        + literal(label) + "]"));
    return driver.findElement(By.id(labelElement.getAttribute("for")));
  }

  /** The field's own block: label, controls, hint and message. */
  public WebElement fieldBlock(String label) {
    return form().findElement(By.xpath(".//*[contains(@class, 'dc-field')][label[contains(@class, 'control-label')][normalize-space(text()[1]) = "
        + literal(label) + "]]"));
  }

  public void type(String label, String text) {
    type(form(), label, text);
  }

  public void type(SearchContext within, String label, String text) {
    WebElement input = field(within, label);
    scrollTo(input);
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    input.sendKeys(text);
  }

  /** Types into a field and leaves it, as a person moving on to the next field. */
  public void typeAndLeave(String label, String text) {
    type(label, text);
    field(label).sendKeys(Keys.TAB);
  }

  public void choose(String label, String option) {
    choose(form(), label, option);
  }

  public void choose(SearchContext within, String label, String option) {
    WebElement select = field(within, label);
    scrollTo(select);
    new Select(select).selectByVisibleText(option);
  }

  /** Types part of a name into a searched list and picks the entry {@code name}. */
  public void search(String label, String query, String name) {
    search(form(), label, query, name);
  }

  public void search(SearchContext within, String label, String query, String name) {
    WebElement input = field(within, label);
    scrollTo(input);
    input.click();
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    input.sendKeys(query);
    // the list is drawn anew as answers come: find the entry again on each try
    By entry = By.xpath("//input[@id = " + literal(input.getAttribute("id")) + "]/following-sibling::ul"
        + "/li[contains(@class, 'dc-search-option')][span[normalize-space(.) = " + literal(name) + "]]");
    wait.ignoring(StaleElementReferenceException.class).until(driver -> {
      WebElement option = driver.findElement(entry);
      option.click();
      return true;
    });
  }

  /** Ticks exactly these entries of a checklist ({@code names} by their text). */
  public void tickOnly(String label, String... names) {
    WebElement block = fieldBlock(label);
    WebElement none = block.findElement(By.xpath(".//button[normalize-space(.) = 'Bỏ chọn tất cả']"));
    scrollTo(none);
    none.click();
    for (String name : names) {
      WebElement box = block.findElement(By.xpath(".//label[contains(@class, 'dc-check')][normalize-space(.) = " + literal(name) + "]/input"));
      scrollTo(box);
      box.click();
    }
  }

  /** Ticks (or unticks) the yes-or-no field labelled {@code label}. */
  public void tick(String label) {
    WebElement box = field(label);
    scrollTo(box);
    box.click();
  }

  public void decide(String decisionLabel) {
    WebElement radio = form().findElement(By.xpath(".//label[contains(@class, 'radio-inline')][normalize-space(.) = " + literal(decisionLabel) + "]/input"));
    scrollTo(radio);
    // a click while the form still moves (a message just shown above) may land beside it: press again until it holds
    wait.until(driver -> {
      if (!radio.isSelected()) {
        radio.click();
      }
      return radio.isSelected();
    });
  }

  /** Adds a row to the table field and returns it. */
  public WebElement addRow(String tableLabel, String button) {
    WebElement block = fieldBlock(tableLabel);
    WebElement add = block.findElement(By.xpath(".//button[normalize-space(.) = " + literal(button) + "]"));
    scrollTo(add);
    add.click();
    List<WebElement> rows = block.findElements(By.cssSelector(".dc-row"));
    return rows.get(rows.size() - 1);
  }

  /** The message shown under the field labelled {@code label}. */
  public String message(String label) {
    return fieldBlock(label).findElement(By.cssSelector(".dc-message")).getText();
  }

  /** The form's list of what is to be fixed, empty when none is shown. */
  public String summary() {
    List<WebElement> summary = driver.findElements(By.cssSelector("form.dc-form .dc-summary"));
    return summary.isEmpty() || !summary.get(0).isDisplayed() ? "" : summary.get(0).getText();
  }

  /** The value shown read-only under {@code label}. */
  public String shown(String label) {
    return form().findElement(By.xpath(".//*[contains(@class, 'dc-view')][*[contains(@class, 'dc-view-label')][normalize-space(.) = "
        + literal(label) + "]]/*[contains(@class, 'dc-view-value')]")).getText();
  }

  /** Presses the form's own button ("Hoàn thành" for a task, "Bắt đầu" in the start dialog). */
  public void press(String button) {
    WebElement press = driver.findElement(By.xpath("//button[normalize-space(.) = " + literal(button) + "][not(@disabled)]"));
    scrollTo(press);
    press.click();
  }

  /** The texts a person sees on the page that are exactly one of {@code words}, or hold one as a word. */
  @SuppressWarnings("unchecked")
  public List<String> textsWithAnyOf(List<String> words) {
    Pattern english = Pattern.compile("\\b(" + String.join("|", words.stream().map(Pattern::quote).toList()) + ")\\b");
    return ((List<String>) ((JavascriptExecutor) driver).executeScript(VISIBLE_TEXTS)).stream()
        .filter(text -> english.matcher(text).find()).toList();
  }

  public void scrollTo(WebElement element) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
  }

  /** An XPath string literal of any text (quotes included). */
  static String literal(String text) {
    if (!text.contains("'")) {
      return "'" + text + "'";
    }
    return "concat('" + text.replace("'", "', \"'\", '") + "')";
  }
}
