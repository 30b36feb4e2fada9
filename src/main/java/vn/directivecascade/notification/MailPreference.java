package vn.directivecascade.notification;

/** Each user's choice: a mail for each notification, or one mail a day with all of them. */
public enum MailPreference {
  IMMEDIATE,
  DAILY_DIGEST
}
