package vn.directivecascade.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;

/** Where a finished mail goes: the SMTP server, or a folder of .eml files. */
interface MailTransport {

  /** The session new messages are made in. */
  Session session();

  void send(MimeMessage message, long mailId) throws MessagingException, IOException;

  /** A short description for the health details, without credentials. */
  String describe();
}
