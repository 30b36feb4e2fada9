package vn.directivecascade.notification;

/** How a mail goes out: at once, or in its recipient's daily digest. */
public enum MailDelivery {
  IMMEDIATE,
  IN_DIGEST
}
