package vn.directivecascade.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.directivecascade.organization.OrganizationLevel;
import vn.directivecascade.organization.OrganizationService;
import vn.directivecascade.rest.EngineRestClient;

/**
 * LDAP switched on by properties alone, against an in-memory directory (ldap/lai-chau.ldif): its users
 * sign in, their directory groups are their Camunda groups, and the directory's administrator holds
 * every authorization. Without the demo profile (its data writes users, which a directory refuses),
 * so without an administrator password either; on its own H2 database and a process engine of its
 * own name, so the other test contexts' engine "default" is never touched (Camunda keeps engines in a
 * static registry), which is also why the REST calls address the engine by name.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "directive-cascade.ldap.enabled=true",
    "directive-cascade.ldap.base-dn=" + LdapIdentityTest.BASE_DN,
    "directive-cascade.ldap.manager-dn=" + LdapIdentityTest.MANAGER_DN,
    "directive-cascade.ldap.manager-password=" + LdapIdentityTest.MANAGER_PASSWORD,
    "directive-cascade.ldap.user-search-base=ou=people",
    "directive-cascade.ldap.group-search-base=ou=groups",
    "camunda.bpm.admin-user.id=" + LdapIdentityTest.ADMINISTRATOR,
    "camunda.bpm.process-engine-name=" + LdapIdentityTest.ENGINE,
    "spring.datasource.url=jdbc:h2:mem:directive-cascade-ldap;DB_CLOSE_DELAY=-1",
    "spring.datasource.username=sa",
    "spring.datasource.password="})
@ActiveProfiles("test")
@DirtiesContext // the engine "ldap" and its directory serve this class alone: close both when it is done
class LdapIdentityTest {

  static final String BASE_DN = "dc=laichau,dc=gov,dc=vn";
  static final String MANAGER_DN = "cn=camunda," + BASE_DN;
  static final String MANAGER_PASSWORD = "Manager#2025";
  static final String ENGINE = "ldap";
  static final String ADMINISTRATOR = "quan-tri";
  static final String ADMINISTRATOR_PASSWORD = "Quantri#2025";
  static final String DRAFTER = "lai-chau-drafter";
  static final String DRAFTER_PASSWORD = "Soanthao#2025";

  static InMemoryDirectoryServer directory;

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired IdentityService identityService;
  @Autowired OrganizationService organizations;

  EngineRestClient rest;

  @DynamicPropertySource
  static void startDirectory(DynamicPropertyRegistry registry) throws Exception {
    InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE_DN);
    config.addAdditionalBindCredentials(MANAGER_DN, MANAGER_PASSWORD);
    config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", 0));
    directory = new InMemoryDirectoryServer(config);
    directory.importFromLDIF(true, new ClassPathResource("ldap/lai-chau.ldif").getFile());
    directory.startListening();
    registry.add("directive-cascade.ldap.server-url", () -> "ldap://localhost:" + directory.getListenPort());
  }

  @AfterAll
  static void stopDirectory() {
    directory.shutDown(true);
  }

  @BeforeEach
  void connect() {
    rest = new EngineRestClient(port);
  }

  @Test
  void directoryUsersSignInWithTheirDirectoryPassword() {
    assertThat(get(DRAFTER, DRAFTER_PASSWORD, "/task/count").statusCode()).isEqualTo(200);
    assertThat(get(DRAFTER, "sai-mat-khau", "/task/count").statusCode()).as("wrong password").isEqualTo(401);
    assertThat(get("khong-co", DRAFTER_PASSWORD, "/task/count").statusCode()).as("no such user in the directory").isEqualTo(401);
    assertThat(get(DRAFTER, "", "/task/count").statusCode()).as("an empty password is no anonymous bind").isEqualTo(401);
  }

  @Test
  void theEngineTakesUsersAndGroupsFromTheDirectory() {
    JsonNode groups = rest.parse(get(ADMINISTRATOR, ADMINISTRATOR_PASSWORD, "/group?member=" + DRAFTER + "&maxResults=10").body());
    assertThat(groups.findValuesAsText("id")).containsExactly("lai-chau-drafters");

    JsonNode profile = rest.parse(get(DRAFTER, DRAFTER_PASSWORD, "/user/" + DRAFTER + "/profile").body());
    assertThat(profile.get("firstName").asText()).isEqualTo("Chuyên viên");
    assertThat(profile.get("lastName").asText()).isEqualTo("Tỉnh Lai Châu");
    assertThat(profile.get("email").asText()).isEqualTo("lai-chau-drafter@laichau.gov.vn");
    assertThat(identityService.isReadOnly()).isTrue();
  }

  @Test
  void theDirectoryAdministratorHoldsEveryAuthorizationAndTheAdministratorRole() {
    String everyAuthorization = "/authorization/check?permissionName=ALL&resourceName=authorization&resourceType=4&resourceId=*";
    assertThat(rest.parse(get(ADMINISTRATOR, ADMINISTRATOR_PASSWORD, everyAuthorization).body()).get("authorized").asBoolean())
        .isTrue();
    assertThat(rest.parse(get(DRAFTER, DRAFTER_PASSWORD, everyAuthorization).body()).get("authorized").asBoolean()).isFalse();

    // The actuator's metrics are for camunda-admin only: the directory group became the user's authority.
    assertThat(rest.sendAuthorized(EngineRestClient.basic(ADMINISTRATOR, ADMINISTRATOR_PASSWORD), "GET", "/actuator/info").statusCode())
        .isEqualTo(200);
    assertThat(rest.sendAuthorized(EngineRestClient.basic(DRAFTER, DRAFTER_PASSWORD), "GET", "/actuator/info").statusCode())
        .isEqualTo(403);
  }

  @Test
  void anAdministratorWhoIsNotADirectoryAdministratorIsRefusedAtStartWithAReason() {
    assertThatThrownBy(() -> new LdapAdministratorRequired(DRAFTER).postProcessEngineBuild(engine))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining(DRAFTER).hasMessageContaining("DIRECTIVE_CASCADE_ADMIN_USER");
    assertThatThrownBy(() -> new LdapAdministratorRequired("khong-co").postProcessEngineBuild(engine))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void anOrganisationIsCreatedWithoutWritingGroupsIntoTheDirectory() {
    organizations.create("lai-chau", "Tỉnh Lai Châu", OrganizationLevel.PROVINCE, null);

    assertThat(organizations.find("lai-chau")).isPresent();
    assertThat(identityService.createGroupQuery().groupId("lai-chau-drafters").count()).as("the directory's group").isEqualTo(1);
    assertThat(identityService.createGroupQuery().groupId("lai-chau-approvers").count())
        .as("missing in the directory: a warning, no failure").isZero();
  }

  private HttpResponse<String> get(String user, String password, String enginePath) {
    return rest.sendAuthorized(EngineRestClient.basic(user, password), "GET", "/engine-rest/engine/" + ENGINE + enginePath);
  }
}
