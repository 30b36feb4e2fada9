package vn.directivecascade.notification;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Who receives a group's or a user's mail, as Camunda's identity service (or the directory) knows them. */
@Component
class Recipients {

  private static final Logger LOG = LoggerFactory.getLogger(Recipients.class);
  /** An organisation's drafters or approvers are a handful of people; a page bounds the query all the same. */
  private static final int MAX_GROUP_MEMBERS = 1000;

  private final IdentityService identityService;
  private final MailPreferences preferences;
  /** Warned once per user and node, not at every task of a national cascade. */
  private final Set<String> warnedWithoutAddress = ConcurrentHashMap.newKeySet();

  Recipients(IdentityService identityService, MailPreferences preferences) {
    this.identityService = identityService;
    this.preferences = preferences;
  }

  /** Called inside an unrestricted engine command: who is in a group is not the signed-in user's business. */
  List<Recipient> ofGroup(String groupId) {
    return mailable(identityService.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().listPage(0, MAX_GROUP_MEMBERS));
  }

  List<Recipient> ofUser(String userId) {
    return mailable(identityService.createUserQuery().userId(userId).listPage(0, 1));
  }

  private List<Recipient> mailable(List<User> users) {
    List<Recipient> recipients = new ArrayList<>();
    for (User user : users) {
      if (!isAddress(user.getEmail())) {
        if (warnedWithoutAddress.add(user.getId())) {
          LOG.warn("Người dùng {} không có địa chỉ e-mail hợp lệ ('{}'): không gửi thư (user has no valid e-mail address, skipped)",
              user.getId(), user.getEmail() == null ? "" : user.getEmail());
        }
        continue;
      }
      recipients.add(new Recipient(user.getId(), user.getEmail().trim(), displayName(user), preferences.of(user.getId())));
    }
    return recipients;
  }

  /** As Tasklist shows the user: first name, then last name. */
  private static String displayName(User user) {
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).trim();
    return name.isEmpty() ? user.getId() : name;
  }

  private static boolean isAddress(String email) {
    if (email == null || email.isBlank()) {
      return false;
    }
    try {
      new InternetAddress(email.trim(), true).validate();
      return true;
    } catch (AddressException e) {
      return false;
    }
  }
}
