package vn.directivecascade.web;

import java.util.List;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page (with, in the demo, who to sign in as) and the start page behind it. */
@Controller
class WelcomeController {

  static final List<DemoLogin> DEMO_LOGINS = List.of(
      new DemoLogin("demo", "welcome.login.admin"),
      new DemoLogin("chinh-phu-drafter", "welcome.login.drafter"),
      new DemoLogin("chinh-phu-approver", "welcome.login.approver"),
      new DemoLogin("lai-chau-drafter", "welcome.login.drafter"),
      new DemoLogin("lai-chau-approver", "welcome.login.approver"),
      new DemoLogin("lai-chau-syt-drafter", "welcome.login.drafter"),
      new DemoLogin("lai-chau-syt-bvdk-drafter", "welcome.login.drafter"));

  private final Environment environment;

  WelcomeController(Environment environment) {
    this.environment = environment;
  }

  @GetMapping("/")
  String welcome() {
    return "welcome";
  }

  @GetMapping("/login")
  String login(Model model) {
    boolean demo = environment.acceptsProfiles(Profiles.of("demo"));
    model.addAttribute("demoLogins", demo ? DEMO_LOGINS : List.of());
    return "login";
  }

  record DemoLogin(String username, String roleMessage) {
  }
}
