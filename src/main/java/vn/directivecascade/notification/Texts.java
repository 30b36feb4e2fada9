package vn.directivecascade.notification;

/** Text as stored: whatever a notification quotes fits its column instead of failing the work it reports. */
final class Texts {

  private Texts() {
  }

  static String clip(String text, int length) {
    if (text == null || text.length() <= length) {
      return text;
    }
    return text.substring(0, length - 1) + "…";
  }
}
