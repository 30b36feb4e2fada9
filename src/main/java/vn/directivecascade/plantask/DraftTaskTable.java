package vn.directivecascade.plantask;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The task table imported into a plan being drafted (one per draft, the last import wins), in the
 * draft-plan field's line format, until the plan is issued and its rows become {@link PlanTask}s.
 */
@Entity
@Table(name = "plan_task_draft")
public class DraftTaskTable {

  /** The directive-cascade business key of the organisation's handling of the document. */
  @Id
  @Column(name = "draft_key")
  private String draftKey;

  @Column(nullable = false)
  private String content;

  @Column(name = "file_name", nullable = false)
  private String fileName;

  @Column(name = "row_count", nullable = false)
  private int rowCount;

  @Column(name = "imported_at", nullable = false)
  private Instant importedAt;

  protected DraftTaskTable() {
  }

  DraftTaskTable(String draftKey, String content, String fileName, int rowCount, Instant importedAt) {
    this.draftKey = draftKey;
    this.content = content;
    this.fileName = fileName;
    this.rowCount = rowCount;
    this.importedAt = importedAt;
  }

  public String getContent() {
    return content;
  }

  public String getFileName() {
    return fileName;
  }

  public int getRowCount() {
    return rowCount;
  }

  public Instant getImportedAt() {
    return importedAt;
  }
}
