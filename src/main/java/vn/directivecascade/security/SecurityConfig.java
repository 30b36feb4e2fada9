package vn.directivecascade.security;

import java.util.Map;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.MissingCsrfTokenException;
import org.springframework.security.web.session.InvalidSessionAccessDeniedHandler;
import org.springframework.security.web.session.SimpleRedirectInvalidSessionStrategy;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * One sign-in for everything: our pages, the JSON API, Camunda's webapps (which take the signed-in
 * user from the session: container-based authentication) and the engine REST API (HTTP Basic).
 * Anonymous users reach only the login page and the health endpoint.
 */
@Configuration
class SecurityConfig {

  /** Our pages allow our own scripts and styles only; the webapps set their own policy (Camunda's header filter). */
  static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self';"
      + " object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
  static final String CAMUNDA_WEBAPP_LOGOUT = "/camunda/api/admin/auth/user/default/logout";
  private static final String LOGIN_PAGE = "/login";
  /** The login page saying that the session expired (login.html). */
  private static final String LOGIN_AFTER_EXPIRY = "/login?expired";

  /**
   * The browser sent a session id the server no longer knows: the session timed out (or the server
   * restarted). Asked when someone has to sign in, rather than with {@code invalidSessionUrl}, which
   * would also redirect the webapps' API calls that must get a 401, and the login page itself.
   */
  private static final RequestMatcher SESSION_EXPIRED = request -> request.getRequestedSessionId() != null
      && !request.isRequestedSessionIdValid();

  // Ant matchers: the engine REST API and the webapps are servlets of their own, outside Spring MVC.

  /** The engine REST API, for tools: HTTP Basic on every request, no session, no cookies, so no CSRF. */
  @Bean
  @Order(1)
  SecurityFilterChain engineRestApi(HttpSecurity http) throws Exception {
    return http.securityMatcher(AntPathRequestMatcher.antMatcher("/engine-rest/**"))
        .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
        .httpBasic(Customizer.withDefaults())
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .build();
  }

  /** Camunda's webapps: our session; their own CSRF and security headers (Camunda's filters) apply. */
  @Bean
  @Order(2)
  SecurityFilterChain camundaWebapps(HttpSecurity http,
      @Value("${server.servlet.session.cookie.name:JSESSIONID}") String sessionCookie) throws Exception {
    return http.securityMatcher(AntPathRequestMatcher.antMatcher("/camunda/**"))
        .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
        // The webapps' scripts call /camunda/api/...: answer 401 there, send browsers to the login page elsewhere
        // (first match wins). Signing in returns them to the page they asked for (the saved request).
        .exceptionHandling(exceptions -> exceptions
            .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), new AntPathRequestMatcher("/camunda/api/**"))
            .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(LOGIN_AFTER_EXPIRY), SESSION_EXPIRED)
            .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE), AntPathRequestMatcher.antMatcher("/camunda/**")))
        // Never required here (Camunda's own CSRF filter guards the webapps), only offered: our error page for a
        // webapp's 403 or 404 is rendered without running any filter again, and its sign-out form needs the token.
        .csrf(csrf -> csrf.requireCsrfProtectionMatcher(request -> false))
        .headers(headers -> headers.contentSecurityPolicy(Customizer.withDefaults()).disable())
        // The session cookie goes too, so the next page after signing out is not taken for an expired session.
        .logout(logout -> logout.logoutRequestMatcher(new AntPathRequestMatcher(CAMUNDA_WEBAPP_LOGOUT, "POST"))
            .deleteCookies(sessionCookie)
            .logoutSuccessHandler((request, response, authentication) -> response.setStatus(HttpStatus.OK.value())))
        .build();
  }

  /** Our pages and JSON API: form login (and HTTP Basic for tools on /api), CSRF, strict headers. */
  @Bean
  @Order(3)
  SecurityFilterChain application(HttpSecurity http) throws Exception {
    return http
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(LOGIN_PAGE, "/css/**", "/favicon.ico", "/error", "/actuator/health", "/actuator/health/**").permitAll()
            .requestMatchers("/actuator/**").hasAuthority(Groups.CAMUNDA_ADMIN)
            .requestMatchers(HttpMethod.POST, "/api/organizations").hasAuthority(Groups.CAMUNDA_ADMIN)
            .anyRequest().authenticated())
        .formLogin(form -> form.loginPage(LOGIN_PAGE).defaultSuccessUrl("/", false))
        .httpBasic(Customizer.withDefaults())
        // Ahead of the form login's entry point (to /login), which serves the rest.
        .exceptionHandling(exceptions -> exceptions
            .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), new OrRequestMatcher(
                new AntPathRequestMatcher("/api/**"), new AntPathRequestMatcher("/actuator/**")))
            .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(LOGIN_AFTER_EXPIRY), SESSION_EXPIRED)
            .accessDeniedHandler(signInAgainAfterExpiry()))
        .logout(logout -> logout.logoutSuccessUrl(LOGIN_PAGE + "?logout"))
        // Tools calling /api with HTTP Basic send no cookie, so there is nothing to forge. Browsers never
        // send Basic credentials here on their own: the 401 above carries no WWW-Authenticate challenge.
        .csrf(csrf -> csrf.ignoringRequestMatchers(new RequestHeaderRequestMatcher(HttpHeaders.AUTHORIZATION)))
        .headers(headers -> headers
            .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
            .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
            .frameOptions(frame -> frame.deny()))
        .build();
  }

  /**
   * A form sent after the session expired lacks the CSRF token kept in that session: the login page
   * then says that the session expired (as Spring's invalidSessionUrl would), not a "forbidden" page.
   */
  private static AccessDeniedHandler signInAgainAfterExpiry() {
    AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();
    AccessDeniedHandler signInAgain = new InvalidSessionAccessDeniedHandler(new SimpleRedirectInvalidSessionStrategy(LOGIN_AFTER_EXPIRY));
    return (request, response, denied) -> (denied instanceof MissingCsrfTokenException && SESSION_EXPIRED.matches(request)
        ? signInAgain : forbidden).handle(request, response, denied);
  }

  /**
   * Camunda's webapps sign in whoever the session's principal is (instead of their own login form),
   * with that user's Camunda groups and authorizations.
   */
  @Bean
  FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaWebappsSingleSignOn() {
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
    registration.setInitParameters(Map.of("authentication-provider", ContainerBasedAuthenticationProvider.class.getName()));
    registration.addUrlPatterns("/camunda/*");
    registration.setName("camunda-container-based-authentication");
    return registration;
  }
}
