package vn.directivecascade.board;

/** Where the Camunda webapps show a task or a process instance; the board links there. */
public final class EngineLinks {

  private EngineLinks() {
  }

  public static String tasklistTask(String taskId) {
    return "/camunda/app/tasklist/default/#/?task=" + taskId;
  }

  public static String cockpitInstance(String processInstanceId) {
    return "/camunda/app/cockpit/default/#/process-instance/" + processInstanceId + "/runtime";
  }
}
