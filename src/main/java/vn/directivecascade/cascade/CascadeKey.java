package vn.directivecascade.cascade;

/**
 * The business key of a directive-cascade instance: the received document and the organisation
 * handling it. Unlike variables, a task completion cannot change it, so it is the trusted identity.
 */
public record CascadeKey(long documentId, String orgCode) {

  private static final String PREFIX = "doc-";

  public static CascadeKey parse(String businessKey) {
    int separator = businessKey == null ? -1 : businessKey.indexOf(':');
    if (separator < 0 || !businessKey.startsWith(PREFIX)) {
      throw new IllegalStateException("not a directive-cascade business key: " + businessKey);
    }
    return new CascadeKey(Long.parseLong(businessKey.substring(PREFIX.length(), separator)), businessKey.substring(separator + 1));
  }

  /** A LIKE pattern matching the business keys of every document {@code orgCode} handles. */
  public static String anyDocumentFor(String orgCode) {
    return PREFIX + "%:" + orgCode;
  }

  public String value() {
    return PREFIX + documentId + ":" + orgCode;
  }
}
