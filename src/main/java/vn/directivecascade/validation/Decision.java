package vn.directivecascade.validation;

import java.util.Map;

/** An approver's decision as the approve forms send it: approve, or return with a comment. */
public final class Decision {

  public static final String KEY = "decision";
  public static final String COMMENT = "comment";
  public static final String APPROVE = "approve";
  public static final String RETURN = "return";

  private Decision() {
  }

  /** Records in {@code values} what is wrong with the decision, if anything. */
  public static void check(SubmittedValues values) {
    String decision = values.requiredText(KEY, 20);
    String comment = values.optionalText(COMMENT, 4000);
    if (decision != null && !decision.equals(APPROVE) && !decision.equals(RETURN)) {
      values.reject(KEY, "phải là '" + APPROVE + "' hoặc '" + RETURN + "', không phải '" + decision + "'");
    }
    if (RETURN.equals(decision) && comment == null) {
      values.reject(COMMENT, "bắt buộc khi trả lại: ghi rõ nội dung cần sửa");
    }
  }

  /** Whether a checked decision returns the work. */
  public static boolean isReturn(Map<String, Object> variables) {
    return RETURN.equals(variables.get(KEY));
  }

  public static String comment(Map<String, Object> variables) {
    Object comment = variables.get(COMMENT);
    return comment == null ? null : comment.toString();
  }
}
