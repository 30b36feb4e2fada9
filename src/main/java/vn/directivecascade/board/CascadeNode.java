package vn.directivecascade.board;

import java.time.LocalDate;

/**
 * One organisation in a directive's cascade tree. {@code instanceId} is null while the directive has
 * not reached it; {@code originalDeadline} differs from {@code deadline} once the deadline was
 * extended; {@code taskId} is the open task the signed-in user may work on, if any.
 */
public record CascadeNode(String orgCode, String orgName, String instanceId, PlanStatus status, StatusCategory category,
    LocalDate deadline, LocalDate originalDeadline, DocumentSummary plan, String taskId, long organisationsBelow) {

  public boolean extended() {
    return deadline != null && originalDeadline != null && !deadline.equals(originalDeadline);
  }

  /** Its children can be shown: it received the directive and has organisations below it. */
  public boolean expandable() {
    return instanceId != null && organisationsBelow > 0;
  }

  public String tasklistLink() {
    return taskId == null ? null : EngineLinks.tasklistTask(taskId);
  }

  public String cockpitLink() {
    return instanceId == null ? null : EngineLinks.cockpitInstance(instanceId);
  }
}
