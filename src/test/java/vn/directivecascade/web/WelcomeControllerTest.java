package vn.directivecascade.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.ui.ExtendedModelMap;

class WelcomeControllerTest {

  @Test
  void demoLoginsAreShownOnlyWithTheDemoProfile() {
    ExtendedModelMap production = new ExtendedModelMap();
    assertThat(new WelcomeController(new MockEnvironment()).login(production)).isEqualTo("login");
    assertThat((List<?>) production.get("demoLogins")).isEmpty();

    MockEnvironment demoEnvironment = new MockEnvironment();
    demoEnvironment.setActiveProfiles("demo");
    ExtendedModelMap demo = new ExtendedModelMap();
    new WelcomeController(demoEnvironment).login(demo);
    assertThat((List<?>) demo.get("demoLogins")).isEqualTo(WelcomeController.DEMO_LOGINS);
  }
}
