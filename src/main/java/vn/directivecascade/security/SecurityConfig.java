package vn.directivecascade.security;

import java.util.Map;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
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
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;

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
  SecurityFilterChain camundaWebapps(HttpSecurity http) throws Exception {
    return http.securityMatcher(AntPathRequestMatcher.antMatcher("/camunda/**"))
        .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
        // The webapps' scripts call /camunda/api/...: answer 401 there, send browsers to the login page elsewhere.
        .exceptionHandling(exceptions -> exceptions
            .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), new AntPathRequestMatcher("/camunda/api/**"))
            .defaultAuthenticationEntryPointFor(new org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint("/login"),
                AntPathRequestMatcher.antMatcher("/camunda/**")))
        // Never required here (Camunda's own CSRF filter guards the webapps), only offered: our error page for a
        // webapp's 403 or 404 is rendered without running any filter again, and its sign-out form needs the token.
        .csrf(csrf -> csrf.requireCsrfProtectionMatcher(request -> false))
        .headers(headers -> headers.contentSecurityPolicy(Customizer.withDefaults()).disable())
        .logout(logout -> logout.logoutRequestMatcher(new AntPathRequestMatcher(CAMUNDA_WEBAPP_LOGOUT, "POST"))
            .logoutSuccessHandler((request, response, authentication) -> response.setStatus(HttpStatus.OK.value())))
        .build();
  }

  /** Our pages and JSON API: form login (and HTTP Basic for tools on /api), CSRF, strict headers. */
  @Bean
  @Order(3)
  SecurityFilterChain application(HttpSecurity http) throws Exception {
    return http
        .authorizeHttpRequests(requests -> requests
            .requestMatchers("/login", "/css/**", "/favicon.ico", "/error", "/actuator/health", "/actuator/health/**").permitAll()
            .requestMatchers("/actuator/**").hasAuthority(Groups.CAMUNDA_ADMIN)
            .requestMatchers(HttpMethod.POST, "/api/organizations").hasAuthority(Groups.CAMUNDA_ADMIN)
            .anyRequest().authenticated())
        .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false))
        .httpBasic(Customizer.withDefaults())
        .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
            new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), new OrRequestMatcher(
                new AntPathRequestMatcher("/api/**"), new AntPathRequestMatcher("/actuator/**"))))
        .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
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
