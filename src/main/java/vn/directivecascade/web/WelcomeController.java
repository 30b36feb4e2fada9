package vn.directivecascade.web;

import java.util.List;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: where the applications are and, in the demo, who to log in as. */
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
  String welcome(Model model) {
    boolean demo = environment.acceptsProfiles(Profiles.of("demo"));
    model.addAttribute("demoLogins", demo ? DEMO_LOGINS : List.of());
    return "welcome";
  }

  record DemoLogin(String username, String roleMessage) {
  }
}
