package vn.directivecascade.notification;

/** A user who can be mailed, as the identity service knows them, with their choice of delivery. */
record Recipient(String userId, String address, String name, MailPreference preference) {
}
