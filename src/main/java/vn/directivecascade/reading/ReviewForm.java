package vn.directivecascade.reading;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The review page's form: what the system understood of a document, as the person corrects it, and
 * what it was read from (sent back in hidden fields, so confirming never reads the text again).
 * Every value is the text of an input; {@link DocumentImportService} checks them on confirm.
 */
public class ReviewForm {

  /** The draft-plan task the values go into; blank for a received document. */
  private String task;
  /** The whole text as read (the plan's content in a draft). */
  private String text;
  private String numberSymbol;
  private String documentType;
  private String issuer;
  private String issuerCode;
  /** The organisation receiving the document (received documents only). */
  private String orgCode;
  private String place;
  private String issueDate;
  private String title;
  private String signatoryName;
  private String signingCapacity;
  private String signatoryPosition;
  private List<String> cascadeOrgs = new ArrayList<>();
  private List<BasisRow> basis = new ArrayList<>();
  private List<ReportingRow> reporting = new ArrayList<>();
  private List<RecipientRow> recipients = new ArrayList<>();
  private List<TaskRowForm> tasks = new ArrayList<>();
  private List<String> warnings = new ArrayList<>();
  private Map<String, String> sources = new LinkedHashMap<>();

  public boolean isDraft() {
    return task != null && !task.isBlank();
  }

  /** A document this one implements or is based on. */
  public static class BasisRow {
    private String numberSymbol;
    private String documentType;
    private String issuer;
    private String date;
    private String relation;
    private String source;

    public String getNumberSymbol() { return numberSymbol; }
    public void setNumberSymbol(String numberSymbol) { this.numberSymbol = numberSymbol; }
    public String getDocumentType() { return documentType; }
    public void setDocumentType(String documentType) { this.documentType = documentType; }
    public String getIssuer() { return issuer; }
    public void setIssuer(String issuer) { this.issuer = issuer; }
    public String getDate() { return date; }
    public void setDate(String date) { this.date = date; }
    public String getRelation() { return relation; }
    public void setRelation(String relation) { this.relation = relation; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
  }

  /**
   * One reporting obligation: {@code period} a {@link DocumentReading.Period} name, {@code due} in the
   * words of the draft-plan form ("05/11", "20/06, 20/12", "tháng 12", "ngày 20"; a date for a one-off
   * report), codes comma-separated.
   */
  public static class ReportingRow {
    private String reporters;
    private String reporterCodes;
    private String recipient;
    private String recipientCode;
    private String via;
    private String viaCode;
    private String period;
    private String due;
    private String phrase;

    public String getReporters() { return reporters; }
    public void setReporters(String reporters) { this.reporters = reporters; }
    public String getReporterCodes() { return reporterCodes; }
    public void setReporterCodes(String reporterCodes) { this.reporterCodes = reporterCodes; }
    public String getRecipient() { return recipient; }
    public void setRecipient(String recipient) { this.recipient = recipient; }
    public String getRecipientCode() { return recipientCode; }
    public void setRecipientCode(String recipientCode) { this.recipientCode = recipientCode; }
    public String getVia() { return via; }
    public void setVia(String via) { this.via = via; }
    public String getViaCode() { return viaCode; }
    public void setViaCode(String viaCode) { this.viaCode = viaCode; }
    public String getPeriod() { return period; }
    public void setPeriod(String period) { this.period = period; }
    public String getDue() { return due; }
    public void setDue(String due) { this.due = due; }
    public String getPhrase() { return phrase; }
    public void setPhrase(String phrase) { this.phrase = phrase; }
  }

  /** One line of "Nơi nhận"; {@code codes} comma-separated. */
  public static class RecipientRow {
    private String name;
    private String role;
    private String codes;
    private String source;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getRole() { return role; }
    public void setRole(String role) { this.role = role; }
    public String getCodes() { return codes; }
    public void setCodes(String codes) { this.codes = codes; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
  }

  /** One task of the appendix; {@code cooperators} separated by ";". */
  public static class TaskRowForm {
    private String number;
    private String content;
    private String lead;
    private String cooperators;
    private String product;
    private String timeFrame;
    private String note;

    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public String getContent() { return content; }
    public void setContent(String content) { this.content = content; }
    public String getLead() { return lead; }
    public void setLead(String lead) { this.lead = lead; }
    public String getCooperators() { return cooperators; }
    public void setCooperators(String cooperators) { this.cooperators = cooperators; }
    public String getProduct() { return product; }
    public void setProduct(String product) { this.product = product; }
    public String getTimeFrame() { return timeFrame; }
    public void setTimeFrame(String timeFrame) { this.timeFrame = timeFrame; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
  }

  public String getTask() { return task; }
  public void setTask(String task) { this.task = task; }
  public String getText() { return text; }
  public void setText(String text) { this.text = text; }
  public String getNumberSymbol() { return numberSymbol; }
  public void setNumberSymbol(String numberSymbol) { this.numberSymbol = numberSymbol; }
  public String getDocumentType() { return documentType; }
  public void setDocumentType(String documentType) { this.documentType = documentType; }
  public String getIssuer() { return issuer; }
  public void setIssuer(String issuer) { this.issuer = issuer; }
  public String getIssuerCode() { return issuerCode; }
  public void setIssuerCode(String issuerCode) { this.issuerCode = issuerCode; }
  public String getOrgCode() { return orgCode; }
  public void setOrgCode(String orgCode) { this.orgCode = orgCode; }
  public String getPlace() { return place; }
  public void setPlace(String place) { this.place = place; }
  public String getIssueDate() { return issueDate; }
  public void setIssueDate(String issueDate) { this.issueDate = issueDate; }
  public String getTitle() { return title; }
  public void setTitle(String title) { this.title = title; }
  public String getSignatoryName() { return signatoryName; }
  public void setSignatoryName(String signatoryName) { this.signatoryName = signatoryName; }
  public String getSigningCapacity() { return signingCapacity; }
  public void setSigningCapacity(String signingCapacity) { this.signingCapacity = signingCapacity; }
  public String getSignatoryPosition() { return signatoryPosition; }
  public void setSignatoryPosition(String signatoryPosition) { this.signatoryPosition = signatoryPosition; }
  public List<String> getCascadeOrgs() { return cascadeOrgs; }
  public void setCascadeOrgs(List<String> cascadeOrgs) { this.cascadeOrgs = cascadeOrgs; }
  public List<BasisRow> getBasis() { return basis; }
  public void setBasis(List<BasisRow> basis) { this.basis = basis; }
  public List<ReportingRow> getReporting() { return reporting; }
  public void setReporting(List<ReportingRow> reporting) { this.reporting = reporting; }
  public List<RecipientRow> getRecipients() { return recipients; }
  public void setRecipients(List<RecipientRow> recipients) { this.recipients = recipients; }
  public List<TaskRowForm> getTasks() { return tasks; }
  public void setTasks(List<TaskRowForm> tasks) { this.tasks = tasks; }
  public List<String> getWarnings() { return warnings; }
  public void setWarnings(List<String> warnings) { this.warnings = warnings; }
  public Map<String, String> getSources() { return sources; }
  public void setSources(Map<String, String> sources) { this.sources = sources; }
}
