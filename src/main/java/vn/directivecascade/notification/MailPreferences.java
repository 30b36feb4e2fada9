package vn.directivecascade.notification;

import java.util.Arrays;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;
import vn.directivecascade.operations.OneEngineCommand;
import vn.directivecascade.validation.InvalidSubmissionException;

/**
 * Each user's choice of immediate mails or a daily digest, kept with the user in Camunda's identity
 * service (user info), so it follows the user whatever node or page they use.
 */
@Component
public class MailPreferences {

  static final String USER_INFO_KEY = "directive-cascade.mail-delivery";

  private final IdentityService identityService;
  private final OneEngineCommand engine;

  MailPreferences(IdentityService identityService, OneEngineCommand engine) {
    this.identityService = identityService;
    this.engine = engine;
  }

  public MailPreference of(String userId) {
    String stored = engine.runUnrestricted(() -> identityService.getUserInfo(userId, USER_INFO_KEY));
    return MailPreference.DAILY_DIGEST.name().equals(stored) ? MailPreference.DAILY_DIGEST : MailPreference.IMMEDIATE;
  }

  /** Sets the signed-in user's own choice; anything but a known choice is refused and nothing changes. */
  public MailPreference choose(String userId, String choice) {
    MailPreference preference = Arrays.stream(MailPreference.values()).filter(value -> value.name().equals(choice)).findFirst()
        .orElseThrow(() -> InvalidSubmissionException.of("delivery", "phải là " + Arrays.toString(MailPreference.values())
            + ", không phải '" + choice + "'"));
    engine.runUnrestricted(() -> {
      identityService.setUserInfo(userId, USER_INFO_KEY, preference.name());
      return null;
    });
    return preference;
  }
}
